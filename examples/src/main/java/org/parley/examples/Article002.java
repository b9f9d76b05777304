package org.parley.examples;

import static org.parley.examples.Actors.ANALYSTS_002;
import static org.parley.examples.Actors.FIDAN;
import static org.parley.examples.Actors.INSIDERS_002;
import static org.parley.examples.Actors.MEDINSKY;
import static org.parley.examples.Actors.REPORTER_002;
import static org.parley.examples.Actors.REUTERS;
import static org.parley.examples.Actors.RUBIO;
import static org.parley.examples.Actors.RUSSIA;
import static org.parley.examples.Actors.TRUMP;
import static org.parley.examples.Actors.TURKIYE;
import static org.parley.examples.Actors.UKRAINE;
import static org.parley.examples.Actors.UMEROV;
import static org.parley.examples.Actors.UNITED_STATES;
import static org.parley.examples.Encoding.TRUMP_IS_NOT_FORMER;
import static org.parley.examples.Encoding.disputedBecause;
import static org.parley.examples.Encoding.ev;
import static org.parley.examples.Encoding.event;
import static org.parley.examples.Encoding.fact;
import static org.parley.examples.Encoding.paraphrase;
import static org.parley.examples.Encoding.quote;
import static org.parley.examples.Encoding.title;
import static org.parley.examples.Encoding.viaReuters;

import java.time.Duration;
import org.parley.model.DateClaim;
import org.parley.model.DateRole;
import org.parley.model.Delegation;
import org.parley.model.DelegationMember;
import org.parley.model.DelegationRole;
import org.parley.model.Demand;
import org.parley.model.Document;
import org.parley.model.DurationEstimate;
import org.parley.model.EventTiming;
import org.parley.model.Issue;
import org.parley.model.NegotiationRole;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.PagePart;
import org.parley.model.PartialDate;
import org.parley.model.ProcessEventKind;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Reported;
import org.parley.model.Response;
import org.parley.model.ResponseKind;
import org.parley.model.RoleClaim;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.SourceKind;
import org.parley.model.Tone;
import org.parley.model.Venue;
import org.parley.model.Verdict;
import org.parley.model.Weekday;

/**
 * Seed 002, "Peace Hopes Fizzle as Russia-Ukraine Talks End Abruptly in Istanbul": talks of "just
 * 90 minutes on Friday" at the "Dolmabahçe Presidential Office", Russia's demand that Ukraine leave
 * four regions and its rejection (via Reuters), and a prisoner exchange only "discussed". It calls
 * Donald Trump a former president.
 */
final class Article002 {

  static final SourceId SOURCE = SourceId.of("source:peace-hopes-fizzle");

  private Article002() {}

  static Source source() {
    return Source.builder()
        .id(SOURCE)
        .kind(SourceKind.NEWS)
        .headline("Peace Hopes Fizzle as Russia-Ukraine Talks End Abruptly in Istanbul")
        .language("en")
        .addCites(REUTERS)
        .document(Document.of("seeds/002_254a3b9810478911.txt",
            "63a6a58f20f9a6ce2f21c3283c7829ee4dd3fd43fb5c0a00ca4d29d4dc296706"))
        .build();
  }

  static Report report() {
    return Report.builder()
        .id(ReportId.of("report:peace-hopes-fizzle"))
        .source(SOURCE)
        .negotiation(Istanbul2025.TALKS)
        // "On Friday", with no month or year in the article: a weekday, not an invented date.
        .addDates(DateClaim.builder().role(DateRole.HELD).weekday(Weekday.FRIDAY)
            .addEvidence(ev(131, "concluded in just 90 minutes on Friday")).build())
        .venue(Reported.of(Venue.of("Dolmabahçe Presidential Office", "Istanbul"),
            ev(198, "the Dolmabahçe Presidential Office in Istanbul")))
        .duration(Reported.<DurationEstimate>builder().value(DurationEstimate.exact(Duration.ofMinutes(90)))
            .addEvidence(ev(131, "concluded in just 90 minutes"))
            .assessment(disputedBecause("Seeds 001, 003 and 004 say under two hours and seed 000 two hours;"
                + " 90 minutes is within 'under two hours' but no other seed gives it."))
            .build())
        .addDelegations(
            Delegation.builder().party(RUSSIA).role(DelegationRole.PARTY).head(MEDINSKY)
                .addMembers(DelegationMember.builder().person(MEDINSKY).title("Putin aide")
                    .addEvidence(ev(589, "led by Putin aide Vladimir Medinsky")).build())
                .addEvidence(ev(565, "The Russian delegation, led by Putin aide Vladimir Medinsky"))
                .build(),
            Delegation.builder().party(UKRAINE).role(DelegationRole.PARTY).head(UMEROV)
                .addMembers(DelegationMember.builder().person(UMEROV).title("Ukrainian Defense Minister")
                    .addEvidence(ev(883, "Ukrainian Defense Minister Rustem Umerov")).build())
                .addEvidence(ev(883, "Ukrainian Defense Minister Rustem Umerov, who led Kyiv’s delegation"))
                .build())
        .addDemands(Demand.builder().key(Keys.FOUR_REGIONS)
            .by(RUSSIA).addressee(UKRAINE).issue(Issue.TERRITORY)
            .description("withdraw its forces from four key regions")
            .addRegions("Donetsk", "Luhansk", "Kherson", "Zaporizhzhia")
            .addConditions("as a condition for a ceasefire")
            .response(Response.builder().kind(ResponseKind.REJECTED).by(UMEROV)
                .description("“non-starters” and “detached from reality,” according to sources cited by Reuters")
                .addEvidence(ev(952, "swiftly rejected the demands")).build())
            .addEvidence(ev(626, "reportedly demanded Ukraine withdraw its forces from four key regions—Donetsk, Luhansk,"
                + " Kherson, and Zaporizhzhia—as a condition for a ceasefire"))
            .build())
        .addOutcomes(
            Outcome.builder().key(Keys.PRISONER_EXCHANGE).kind(OutcomeKind.AGREEMENT).issue(Issue.PRISONERS)
                .addParties(RUSSIA, UKRAINE)
                .status(OutcomeStatus.DISCUSSED).description("a prisoner exchange, discussed")
                .addEvidence(ev(1851, "Medinsky noted that both parties had discussed a ceasefire and a prisoner"
                    + " exchange"))
                .assessment(disputedBecause("Seeds 000, 001, 003 and 004 report the exchange of 1,000 prisoners as"
                    + " agreed; this article reports it only as discussed."))
                .build(),
            Outcome.builder().key(Keys.NO_CEASEFIRE).kind(OutcomeKind.NO_AGREEMENT).issue(Issue.CEASEFIRE)
                .addParties(RUSSIA, UKRAINE)
                .status(OutcomeStatus.NOT_REACHED).description("a ceasefire discussed, without substantive progress")
                .addEvidence(ev(1786, "Despite the stalemate"), ev(1871, "both parties had discussed a ceasefire"),
                    ev(495, "substantive progress remained elusive"))
                .build())
        .addRoles(RoleClaim.builder().actor(TURKIYE).role(NegotiationRole.MEDIATOR)
            .addEvidence(ev(1248, "showing Ankara’s growing role as a diplomatic mediator")).build())
        .addEvents(
            event(Keys.CONCLUDED, ProcessEventKind.CONCLUDED, ev(0, "Peace Hopes Fizzle as Russia-Ukraine Talks End Abruptly in Istanbul", PagePart.HEADLINE))
                .description("the talks ended abruptly").build(),
            event(Keys.TRILATERAL_US, ProcessEventKind.ATTENDED, ev(1124, "The talks followed two trilateral meetings involving Turkey, the U.S., and Ukraine"))
                .addActors(TURKIYE, UNITED_STATES, UKRAINE).timing(EventTiming.BEFORE)
                .description("a trilateral meeting of Turkey, the U.S. and Ukraine, before the talks").build(),
            event(Keys.TRILATERAL_RUSSIA, ProcessEventKind.ATTENDED, ev(1208, "as well as Turkey, Russia, and Ukraine"))
                .addActors(TURKIYE, RUSSIA, UKRAINE).timing(EventTiming.BEFORE)
                .description("a trilateral meeting of Turkey, Russia and Ukraine, before the talks").build())
        .addFacts(
            fact(Keys.FIRST_SINCE_2022, "the first face-to-face negotiation between the warring nations in over three years",
                ev(345, "This marked the first face-to-face negotiation between the warring nations in over three years"))
                .duration(DurationEstimate.over(Duration.ofDays(3 * 365))).build(),
            fact(Keys.ANNEXATION, "the four regions were annexed by Russia following disputed referendums in 2022",
                ev(772, "These territories were annexed by Russia following disputed referendums in 2022"))
                .date(PartialDate.of(2022)).actor(RUSSIA).build(),
            fact(Keys.REGIONS_NOT_HELD, "the four regions remain partially occupied",
                ev(852, "and remain partially occupied.")).build())
        .addStatements(
            paraphrase(INSIDERS_002, "former President Donald Trump is expected to meet with Vladimir Putin in the near future",
                ev(1549, "insiders indicate that former President Donald Trump is expected to meet with Vladimir Putin in the near future—a move viewed by both Moscow and Washington as key to any lasting agreement."))
                .build(),
            paraphrase(ANALYSTS_002, "the discussion of a ceasefire and a prisoner exchange are potential stepping stones to a broader resolution",
                ev(1935, "which some analysts view as potential stepping stones to a broader resolution")).build(),
            paraphrase(REPORTER_002, "pressure from the Trump administration is reportedly intensifying, and momentum may soon hinge on a possible Trump-Putin summit",
                ev(2240, "As diplomatic wheels turn, pressure from the Trump administration is reportedly intensifying. With both sides facing mounting battlefield fatigue and economic strain, momentum for real negotiations may soon hinge not on Istanbul, but on a possible Trump-Putin summit."))
                .build(),
            viaReuters(quote(UMEROV, "non-starters", ev(995, "“non-starters”"))),
            viaReuters(quote(UMEROV, "detached from reality,", ev(1014, "“detached from reality,”"))),
            quote(RUBIO, "I hope I’m 100% wrong… But the reality is, Russia is not about to fold, and Ukraine’s red"
                + " lines haven’t changed.",
                ev(1398, "“I hope I’m 100% wrong… But the reality is, Russia is not about to fold, and Ukraine’s red"
                    + " lines haven’t changed.”"))
                .build(),
            quote(RUSSIA, "satisfactory.", ev(1809, "Russia called the outcome “satisfactory.”")).tone(Tone.POSITIVE)
                .build(),
            paraphrase(UKRAINE, "defiant; dismisses the talks",
                ev(276, "Russia satisfied, Ukraine defiant"), ev(1762, "Ukraine Dismisses Talks"))
                .tone(Tone.NEGATIVE).build(),
            quote(FIDAN, "One road will lead to peace; the other will lead to more destruction and death. The"
                + " choice is yours.",
                ev(2098, "“One road will lead to peace; the other will lead to more destruction and death. The choice is"
                    + " yours.”"))
                .build(),
            paraphrase(MEDINSKY, "both parties had discussed a ceasefire and a prisoner exchange",
                ev(1851, "Medinsky noted that both parties had discussed a ceasefire and a prisoner exchange"))
                .build(),
            paraphrase(FIDAN, "urged the delegates to choose a peaceful path",
                ev(2051, "urged the delegates to choose a peaceful path"))
                .build())
        .addTitles(
            title(RUBIO, "Secretary of State", ev(1304, "Secretary of State Marco Rubio")),
            title(FIDAN, "Turkish Foreign Minister", ev(2014, "Turkish Foreign Minister Hakan Fidan")),
            title(TRUMP, "former President", ev(1572, "former President Donald Trump"), Verdict.FALSE, TRUMP_IS_NOT_FORMER))
        .build();
  }
}
