package org.parley.examples;

import static org.parley.examples.Actors.EXPERTS_003;
import static org.parley.examples.Actors.FIDAN;
import static org.parley.examples.Actors.MEDINSKY;
import static org.parley.examples.Actors.OBSERVERS_003;
import static org.parley.examples.Actors.PETROVA;
import static org.parley.examples.Actors.PUTIN;
import static org.parley.examples.Actors.RUSSIA;
import static org.parley.examples.Actors.TRUMP;
import static org.parley.examples.Actors.UKRAINE;
import static org.parley.examples.Actors.UMEROV;
import static org.parley.examples.Actors.UNITED_NATIONS;
import static org.parley.examples.Actors.WESTERN_ALLIES;
import static org.parley.examples.Actors.ZELENSKY;
import static org.parley.examples.Encoding.TRUMP_IS_NOT_FORMER;
import static org.parley.examples.Encoding.disputedBecause;
import static org.parley.examples.Encoding.ev;
import static org.parley.examples.Encoding.event;
import static org.parley.examples.Encoding.fact;
import static org.parley.examples.Encoding.paraphrase;
import static org.parley.examples.Encoding.quote;
import static org.parley.examples.Encoding.title;

import java.time.Duration;
import org.parley.model.About;
import org.parley.model.ClaimKind;
import org.parley.model.DateClaim;
import org.parley.model.DateRole;
import org.parley.model.Delegation;
import org.parley.model.DelegationMember;
import org.parley.model.DelegationRole;
import org.parley.model.Demand;
import org.parley.model.Document;
import org.parley.model.DurationEstimate;
import org.parley.model.Issue;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.PartialDate;
import org.parley.model.ProcessEventKind;
import org.parley.model.Quantity;
import org.parley.model.QuantityQualifier;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Reported;
import org.parley.model.Response;
import org.parley.model.ResponseKind;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.SourceKind;
import org.parley.model.Stance;
import org.parley.model.Tone;
import org.parley.model.Venue;
import org.parley.model.Verdict;
import org.parley.model.Weekday;

/**
 * Seed 003: a news report with no outlet, author or headline. Talks "on Friday at Dolmabahce
 * Palace", "under two hours", Russia's demand for four regions refused, 1,000 prisoners of war on
 * each side agreed, eight quotations; it credits the UN for the figure of the displaced. It calls Donald
 * Trump a former president and quotes an analyst no other seed mentions.
 */
final class Article003 {

  static final SourceId SOURCE = SourceId.of("source:news-face-to-face-friday");

  private Article003() {}

  static Source source() {
    return Source.builder()
        .id(SOURCE)
        .kind(SourceKind.NEWS)
        .language("en")
        .addCites(UNITED_NATIONS)
        .document(Document.of("seeds/003_43476e55f7b6c340.txt",
            "41e448af33f7520e09b87776da90761d261740c09756a8604c3f5134db57814f"))
        .build();
  }

  static Report report() {
    return Report.builder()
        .id(ReportId.of("report:news-face-to-face-friday"))
        .source(SOURCE)
        .negotiation(Istanbul2025.TALKS)
        // "On Friday", with no month or year in the article: a weekday, not an invented date.
        .addDates(DateClaim.builder().role(DateRole.HELD).weekday(Weekday.FRIDAY)
            .addEvidence(ev(34, "met face-to-face on Friday"), ev(2925, "during Friday’s session")).build())
        .venue(Reported.of(Venue.of("Dolmabahce Palace", "Istanbul"), ev(61, "at Dolmabahce Palace in Istanbul")))
        .duration(Reported.of(DurationEstimate.under(Duration.ofHours(2)), ev(340, "held talks for under two hours")))
        .addDelegations(
            Delegation.builder().party(RUSSIA).role(DelegationRole.PARTY)
                .addMembers(DelegationMember.builder().person(MEDINSKY).title("Russian representative")
                    .addEvidence(ev(1198, "Russian representative Vladimir Medinsky")).build())
                .addEvidence(ev(1198, "Russian representative Vladimir Medinsky confirmed that both delegations"))
                .build(),
            Delegation.builder().party(UKRAINE).role(DelegationRole.PARTY)
                .addMembers(DelegationMember.builder().person(UMEROV).title("Ukrainian Defence Minister")
                    .addEvidence(ev(1053, "Ukrainian Defence Minister Rustem Umerov")).build())
                .addEvidence(ev(707, "both delegations reached a deal"))
                .build())
        .addDemands(
            Demand.builder().key(Keys.FOUR_REGIONS).by(RUSSIA).addressee(UKRAINE).issue(Issue.TERRITORY)
                .description("withdraw from the contested regions of Donetsk, Luhansk, Zaporizhzhia, and Kherson")
                .addRegions("Donetsk", "Luhansk", "Zaporizhzhia", "Kherson")
                .response(Response.builder().kind(ResponseKind.REJECTED).by(UKRAINE)
                    .description("it would not concede any territory")
                    .addEvidence(ev(521, "Ukraine refused, saying it would not concede any territory")).build())
                .addEvidence(ev(372, "Russia demanded that Ukraine withdraw from the contested regions of Donetsk,"
                    + " Luhansk, Zaporizhzhia, and Kherson"))
                .build(),
            Demand.builder().key(Keys.SANCTIONS_IF_NO_CEASEFIRE).by(ZELENSKY).addressee(WESTERN_ALLIES)
                .issue(Issue.SANCTIONS)
                .description("strong sanctions against Russia")
                .addConditions("if it refuses to agree to a full and unconditional ceasefire")
                .addEvidence(ev(1535, "He called for strong sanctions against Russia if it refuses to agree to a full and"
                    + " unconditional ceasefire."))
                .build())
        .addOutcomes(
            Outcome.builder().key(Keys.PRISONER_EXCHANGE).kind(OutcomeKind.AGREEMENT).issue(Issue.PRISONERS)
                .addParties(RUSSIA, UKRAINE)
                .status(OutcomeStatus.AGREED).description("exchange 1,000 prisoners of war on each side")
                .addQuantities(Quantity.perParty(1000, "prisoners of war"))
                .addEvidence(ev(646, "Major Prisoner Exchange Agreed"),
                    ev(707, "both delegations reached a deal to exchange 1,000 prisoners of war on each side"))
                .build(),
            Outcome.builder().key(Keys.NO_CEASEFIRE).kind(OutcomeKind.NO_AGREEMENT).issue(Issue.CEASEFIRE)
                .addParties(RUSSIA, UKRAINE)
                .status(OutcomeStatus.NOT_REACHED).description("no agreement on a proposed 30-day ceasefire")
                .blame(UKRAINE)
                .addEvidence(ev(521, "Ukraine refused, saying it would not concede any territory, blocking any immediate"
                        + " agreement on a proposed 30-day ceasefire"),
                    ev(2900, "no ceasefire was reached during Friday’s session"))
                .build(),
            Outcome.builder().kind(OutcomeKind.COMMITMENT).issue(Issue.CEASEFIRE).addParties(RUSSIA, UKRAINE)
                .status(OutcomeStatus.AGREED).description("both delegations will prepare detailed ceasefire proposals")
                .addEvidence(ev(1254, "both delegations would prepare detailed ceasefire proposals for upcoming review"))
                .build(),
            Outcome.builder().key(Keys.FURTHER_TALKS).kind(OutcomeKind.FOLLOW_UP).issue(Issue.OTHER)
                .addParties(RUSSIA, UKRAINE)
                .status(OutcomeStatus.PROPOSED).description("follow-up meetings could take place soon")
                .addEvidence(ev(1011, "follow-up meetings could take place soon"),
                    ev(3032, "Observers believe further meetings could take place later this month."))
                .build())
        .addEvents(
            event(Keys.CONCLUDED, ProcessEventKind.CONCLUDED, ev(194, "Despite high hopes, the meeting ended without significant progress toward peace."))
                .description("the meeting ended without significant progress toward peace").build(),
            event(Keys.ALBANIA_SUMMIT, ProcessEventKind.ATTENDED, ev(1643, "Zelenskyy also participated in a regional summit in Albania, where European leaders discussed democracy, peace, and security in Eastern Europe."))
                .addActors(ZELENSKY).venue(Venue.builder().name("Albania").build())
                .description("a regional summit in Albania of European leaders").build())
        .addFacts(
            fact(Keys.FIRST_SINCE_2022, "the first direct talks between the two nations since Russia’s invasion of Ukraine in 2022",
                ev(95, "marking the first direct talks between the two nations since Russia’s invasion of Ukraine in 2022"))
                .date(PartialDate.of(2022)).sinceEvent("russian-invasion-2022")
                .assessment(disputedBecause("Russia and Ukraine held direct talks after the invasion of 24 February 2022, in"
                    + " Belarus and in Istanbul until March 2022; these were the first since then, not since the invasion."))
                .build(),
            fact(Keys.REGIONS_NOT_HELD, "the four regions are areas Moscow does not fully control",
                ev(484, "areas Moscow does not fully control")).build(),
            fact(Keys.LARGEST_SWAP, "the largest prisoner swap since the start of the conflict",
                ev(788, "This will be the largest prisoner swap since the start of the conflict.")).build(),
            fact(Keys.FIGHTING_CONTINUES, "fighting continues across multiple fronts in eastern and southern Ukraine",
                ev(2363, "Despite diplomatic moves, fighting continues across multiple fronts in eastern and southern Ukraine."))
                .build(),
            fact("donetsk-luhansk-hot-zones", "Donetsk and Luhansk remain hot zones, with daily shelling and rising civilian casualties",
                ev(2464, "The regions of Donetsk and Luhansk remain hot zones, with daily shelling and rising civilian casualties."))
                .build(),
            fact("drone-attacks-increased", "Russia has increased drone attacks in recent weeks; Ukraine continues to try to reclaim lost territory",
                ev(2569, "Russia has increased drone attacks in recent weeks, while Ukraine continues its efforts to reclaim lost territory."))
                .actor(RUSSIA).build(),
            fact(Keys.DISPLACED, "the conflict has displaced over 12 million people, according to the UN",
                ev(2684, "According to the UN, the conflict has displaced over 12 million people, with thousands more injured or killed."))
                .quantity(Quantity.builder().amount(12_000_000).qualifier(QuantityQualifier.MORE_THAN).unit("people displaced")
                    .words("over 12 million").build())
                .build(),
            fact("infrastructure-damage", "infrastructure damage is widespread and rebuilding is stalled",
                ev(2795, "Infrastructure damage is widespread, and rebuilding efforts are stalled due to continued fighting."))
                .build())
        .addStatements(
            paraphrase(UNITED_NATIONS, "the conflict has displaced over 12 million people, with thousands more injured or killed",
                ev(2684, "According to the UN, the conflict has displaced over 12 million people, with thousands more injured or killed."))
                .build(),
            paraphrase(ZELENSKY, "unity is important in pressuring Russia to return to diplomacy",
                ev(1787, "He stressed the importance of unity in pressuring Russia to return to diplomacy.")).build(),
            paraphrase(OBSERVERS_003, "further meetings could take place later this month",
                ev(3032, "Observers believe further meetings could take place later this month.")).build(),
            paraphrase(EXPERTS_003, "a lasting peace deal will require compromise and support from global leaders",
                ev(3102, "Diplomatic experts say a lasting peace deal will require compromise and support from global leaders."))
                .build(),
            quote(FIDAN, "a willingness to continue dialogue.",
                ev(924, "said both sides had shown “a willingness to continue dialogue.”"))
                .build(),
            quote(UMEROV, "We are open to a future summit between our two presidents. The door remains open for"
                + " diplomacy.",
                ev(1100, "“We are open to a future summit between our two presidents. The door remains open for"
                    + " diplomacy.”"))
                .about(About.of(ClaimKind.OUTCOME, Keys.LEADERS_MEETING)).stance(Stance.AFFIRMS).tone(Tone.POSITIVE)
                .build(),
            quote(TRUMP, "as soon as we can set it up.",
                ev(1968, "he plans to meet Russian President Vladimir Putin “as soon as we can set it up.”"))
                .build(),
            quote(TRUMP, "It’s time for us to just do it,", ev(2049, "Trump stated, “It’s time for us to just do it,”"))
                .build(),
            quote(TRUMP, "This war has gone on too long,", ev(2240, "“This war has gone on too long,” Trump said."))
                .build(),
            quote(TRUMP, "It’s hurting people on both sides.", ev(2285, "“It’s hurting people on both sides.”"))
                .build(),
            quote(PETROVA, "This is a slow process,", ev(3203, "“This is a slow process,” said Anna Petrova"))
                .build(),
            quote(PETROVA, "But the fact they met in person is already a small step forward.",
                ev(3295, "“But the fact they met in person is already a small step forward.”"))
                .build(),
            paraphrase(FIDAN, "welcomed the exchange; follow-up meetings could take place soon",
                ev(860, "Turkey’s Foreign Minister Hakan Fidan welcomed the exchange"),
                ev(988, "He also confirmed that follow-up meetings could take place soon."))
                .build(),
            paraphrase(MEDINSKY, "both delegations would prepare detailed ceasefire proposals for upcoming review",
                ev(1198, "Russian representative Vladimir Medinsky confirmed that both delegations would prepare detailed"
                    + " ceasefire proposals for upcoming review."))
                .build(),
            paraphrase(ZELENSKY, "strong sanctions against Russia if it refuses a full and unconditional ceasefire",
                ev(1535, "He called for strong sanctions against Russia if it refuses to agree to a full and"
                    + " unconditional ceasefire."))
                .build(),
            paraphrase(TRUMP, "plans to meet Putin as soon as it can be set up",
                ev(1903, "Former U.S. President Donald Trump announced from Abu Dhabi that he plans to meet Russian"
                    + " President Vladimir Putin"))
                .build(),
            paraphrase(TRUMP, "peace requires both sides to sit down, listen, and find common ground",
                ev(2155, "He added that peace requires both sides to sit down, listen, and find common ground."))
                .build())
        .addTitles(
            title(TRUMP, "Former U.S. President", ev(1903, "Former U.S. President Donald Trump"), Verdict.FALSE,
                TRUMP_IS_NOT_FORMER),
            title(PUTIN, "Russian President", ev(1985, "Russian President Vladimir Putin")),
            title(ZELENSKY, "Ukrainian President", ev(1376, "Ukrainian President Volodymyr Zelenskyy")),
            title(FIDAN, "Turkey’s Foreign Minister", ev(860, "Turkey’s Foreign Minister Hakan Fidan")),
            title(PETROVA, "a conflict resolution analyst based in Berlin",
                ev(3234, "Anna Petrova, a conflict resolution analyst based in Berlin"), Verdict.UNVERIFIED,
                "No other seed mentions Anna Petrova; the encoder could not confirm who she is."))
        .build();
  }
}
