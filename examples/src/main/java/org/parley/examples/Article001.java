package org.parley.examples;

import static org.parley.examples.Actors.ERDOGAN;
import static org.parley.examples.Actors.EUROPEAN_LEADERS;
import static org.parley.examples.Actors.MEDINSKY;
import static org.parley.examples.Actors.ONE_EUROPEAN_LEADER;
import static org.parley.examples.Actors.PUTIN;
import static org.parley.examples.Actors.REPORTER_001;
import static org.parley.examples.Actors.RUSSIA;
import static org.parley.examples.Actors.TRUMP;
import static org.parley.examples.Actors.UKRAINE;
import static org.parley.examples.Actors.UKRAINIAN_DELEGATION_SOURCES;
import static org.parley.examples.Actors.UMEROV;
import static org.parley.examples.Actors.WESTERN_ALLIES;
import static org.parley.examples.Actors.ZELENSKY;
import static org.parley.examples.Encoding.TRUMP_IS_US_PRESIDENT;
import static org.parley.examples.Encoding.disputedBecause;
import static org.parley.examples.Encoding.ev;
import static org.parley.examples.Encoding.event;
import static org.parley.examples.Encoding.fact;
import static org.parley.examples.Encoding.onSocialMedia;
import static org.parley.examples.Encoding.paraphrase;
import static org.parley.examples.Encoding.quote;
import static org.parley.examples.Encoding.title;

import java.time.Duration;
import org.parley.model.About;
import org.parley.model.Attribution;
import org.parley.model.ClaimKind;
import org.parley.model.Delegation;
import org.parley.model.DelegationMember;
import org.parley.model.DelegationRole;
import org.parley.model.Demand;
import org.parley.model.Document;
import org.parley.model.DurationEstimate;
import org.parley.model.EventTiming;
import org.parley.model.Issue;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeRank;
import org.parley.model.OutcomeStatus;
import org.parley.model.PartialDate;
import org.parley.model.ProcessEventKind;
import org.parley.model.Quantity;
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

/**
 * Seed 001: a news report with no outlet, author or headline. Talks "less than two hours" at
 * Dolmabahçe Palace, 1,000 prisoners of war from each side, Zelensky's ceasefire demand dismissed by
 * Moscow, five quotations. It calls Donald Trump "Ukrainian President".
 */
final class Article001 {

  static final SourceId SOURCE = SourceId.of("source:news-prisoner-exchange-no-breakthrough");

  private Article001() {}

  static Source source() {
    return Source.builder()
        .id(SOURCE)
        .kind(SourceKind.NEWS)
        .language("en")
        .document(Document.of("seeds/001_905a684dd6f29ba4.txt",
            "64b19d778d5ea4e1ba64117f4d937c7577b3a9755bb9bccddc649ceec16deaa7"))
        .build();
  }

  static Report report() {
    return Report.builder()
        .id(ReportId.of("report:news-prisoner-exchange-no-breakthrough"))
        .source(SOURCE)
        .negotiation(Istanbul2025.TALKS)
        .venue(Reported.of(Venue.of("Dolmabahçe Palace", "Istanbul"), ev(462, "the meeting at Dolmabahçe Palace"),
            ev(127, "held in Istanbul")))
        .duration(Reported.of(DurationEstimate.under(Duration.ofHours(2)), ev(685, "which lasted less than two hours")))
        .addDelegations(
            Delegation.builder().party(RUSSIA).role(DelegationRole.PARTY).head(MEDINSKY)
                .addMembers(DelegationMember.builder().person(MEDINSKY)
                    .addEvidence(ev(1403, "Vladimir Medinsky, heading the Russian delegation")).build())
                .addEvidence(ev(1403, "Vladimir Medinsky, heading the Russian delegation"),
                    ev(3978, "instead sending a mid-level delegation"))
                .build(),
            Delegation.builder().party(UKRAINE).role(DelegationRole.PARTY).head(UMEROV)
                .addMembers(DelegationMember.builder().person(UMEROV).title("Ukrainian Minister of Defense")
                    .addEvidence(ev(4220, "a delegation led by Ukrainian Minister of Defense Rustem Umerov")).build())
                .addEvidence(ev(4208, "dispatching a delegation led by Ukrainian Minister of Defense Rustem Umerov to"
                    + " Istanbul"))
                .build())
        .addDemands(
            Demand.builder().key(Keys.CEASEFIRE_30_DAYS).by(ZELENSKY).addressee(RUSSIA).issue(Issue.CEASEFIRE)
                .description("a 30-day ceasefire prior to negotiations")
                .addConditions("prior to negotiations")
                .response(Response.builder().kind(ResponseKind.REJECTED).by(RUSSIA)
                    .description("Moscow dismissed it; Putin declined to accept Ukraine’s demands for a ceasefire")
                    .addEvidence(ev(349, "which Moscow dismissed"),
                        ev(893, "He declined to accept Ukraine’s demands for a ceasefire"))
                    .build())
                .addEvidence(ev(287, "Zelensky pushed for a 30-day ceasefire prior to negotiations"),
                    ev(4663, "Ukraine has steadily advocated for a 30-day ceasefire prior to engaging in meaningful"
                        + " negotiations"))
                .build(),
            Demand.builder().by(RUSSIA).addressee(UKRAINE).issue(Issue.OTHER)
                .description("strict limitations on Ukraine’s sovereignty")
                .addEvidence(ev(373, "maintaining its demand for strict limitations on Ukraine’s sovereignty"))
                .build(),
            Demand.builder().key(Keys.FOUR_REGIONS).by(RUSSIA).addressee(UKRAINE).issue(Issue.TERRITORY)
                .description("major territorial demands")
                .addEvidence(ev(2486, "Russia has clung to its major territorial demands, accusing Ukraine of giving up"
                    + " regions which were never within Moscow’s control"))
                .build(),
            Demand.builder().key(Keys.SANCTIONS_IF_NO_CEASEFIRE).by(ZELENSKY).addressee(WESTERN_ALLIES)
                .issue(Issue.SANCTIONS)
                .description("sanctions against Moscow must continue")
                .addConditions("should Russia reject a ceasefire")
                .addEvidence(ev(3366, "Zelensky reiterated the call for sanctions against Moscow should they reject a"
                    + " ceasefire."))
                .build(),
            Demand.builder().by(UKRAINE).addressee(WESTERN_ALLIES).issue(Issue.SECURITY_GUARANTEES)
                .description("heightened Western military support along with security assurances that possibly"
                    + " include boots on the ground")
                .addConditions("in exchange for a willingness to pause military advancements and demote NATO"
                    + " ambitions")
                .addEvidence(ev(4846, "but only in exchange for heightened Western military support along with security"
                    + " assurances that possibly include boots on the ground"))
                .build())
        .addOutcomes(
            Outcome.builder().key(Keys.PRISONER_EXCHANGE).kind(OutcomeKind.AGREEMENT).issue(Issue.PRISONERS)
                .addParties(RUSSIA, UKRAINE)
                .status(OutcomeStatus.AGREED).rank(OutcomeRank.ONLY)
                .description("exchange 1,000 prisoners of war from each side")
                .addQuantities(Quantity.perParty(1000, "prisoners of war"))
                .addEvidence(ev(0, "Russia and Ukraine have reached an agreement for a significant prisoner exchange"),
                    ev(643, "The only tangible outcome from the talks, which lasted less than two hours, was the"
                        + " agreement to exchange 1,000 prisoners of war from each side"))
                .build(),
            Outcome.builder().key(Keys.NO_CEASEFIRE).kind(OutcomeKind.NO_AGREEMENT).issue(Issue.CEASEFIRE)
                .addParties(RUSSIA, UKRAINE)
                .status(OutcomeStatus.NOT_REACHED).description("no major breakthrough; no ceasefire").blame(PUTIN)
                .addEvidence(ev(145, "did not lead to any major breakthroughs"),
                    ev(893, "He declined to accept Ukraine’s demands for a ceasefire"),
                    ev(788, "This meeting didn’t yield much in terms of ending hostilities but did reflect Putin’s perceived triumph."))
                .build(),
            Outcome.builder().key(Keys.LEADERS_MEETING).kind(OutcomeKind.FOLLOW_UP).issue(Issue.LEADERS_MEETING)
                .addParties(ZELENSKY, PUTIN)
                .status(OutcomeStatus.DISCUSSED).description("a possible future meeting between Zelensky and Putin")
                .addEvidence(ev(1541, "It was discussed that there might be a future meeting between Zelensky and Putin"))
                .build())
        .addEvents(
            event(Keys.PROPOSED, ProcessEventKind.PROPOSED, ev(3913, "Putin, who suggested the meeting"))
                .addActors(PUTIN).build(),
            event(Keys.PUTIN_ABSENT, ProcessEventKind.ABSENT, ev(3947, "opted not to attend in person, instead sending a mid-level delegation"))
                .addActors(PUTIN).build(),
            // Not the postponements of seed 000 (from one day to another): on the day, the meeting began late.
            event("start-later-than-scheduled", ProcessEventKind.DELAYED, ev(3779, "The meeting began later than originally scheduled, following what was described as a chaotic day of political theater."))
                .description("began later than originally scheduled, after what was described as a chaotic day of"
                    + " political theater").build(),
            event(Keys.ANKARA_CONSULTATIONS, ProcessEventKind.ATTENDED, ev(4135, "Zelensky arrived in Ankara seeking to push proceedings along"),
                ev(4434, "his exchange with Turkish President Recep Tayyip Erdogan, which led to this delegation"))
                .addActors(ZELENSKY, ERDOGAN).venue(Venue.builder().name("Ankara").build()).timing(EventTiming.BEFORE)
                .description("Zelensky’s exchange with Erdoğan in Ankara, before he sent the delegation").build(),
            event(Keys.ALBANIA_SUMMIT, ProcessEventKind.ATTENDED, ev(2751, "During discussions held in Albania for the European summit, leaders from the UK, France, Germany, and Poland deemed Russia’s approach to negotiations unacceptable and spoke with Trump about these developments."),
                ev(2961, "They even shared photographs of themselves alongside Zelensky after a failed speech attempt."))
                .addActors(EUROPEAN_LEADERS, ZELENSKY).venue(Venue.builder().name("Albania").build())
                .description("the European summit in Albania, where European leaders spoke with Trump").build())
        .addFacts(
            fact(Keys.FIRST_SINCE_2022, "the first direct peace talks since 2022",
                ev(86, "the first direct peace talks since 2022")).date(PartialDate.of(2022)).build(),
            fact(Keys.LEADERS_MET_2019, "Zelensky and Putin have met only once, in 2019",
                ev(1623, "a concept that hasn’t materialized since their only encounter in 2019")).date(PartialDate.of(2019))
                .build(),
            fact("medinsky-questions-ukrainian-statehood", "Medinsky has a history of questioning Ukraine’s status as an independent state",
                ev(5661, "Medinsky, leading the Russian contingent in Turkey, has a history of questioning Ukraine’s status as an independent state."))
                .actor(MEDINSKY).build())
        .addStatements(
            paraphrase(REPORTER_001, "Russian leaders engage in peace talks with the U.S. president while pushing for terms resembling Ukraine’s capitulation",
                ev(1035, "Russian leaders seem to be navigating a complicated relationship with the U.S. president, showing a willingness to engage in peace talks yet pushing for terms that resemble Ukraine’s capitulation.")).build(),
            paraphrase(TRUMP, "engaging with Putin sooner rather than later is becoming imperative",
                ev(1903, "There’s also a sense of urgency on Trump’s end, stressing that engaging with Putin sooner rather than later is becoming imperative to cope with the ongoing situation.")).build(),
            paraphrase(REPORTER_001, "Zelensky has answered U.S. demands, but Trump framing a U.S.-Russia summit as the only avenue has had little effect on the negotiations",
                ev(2070, "Zelensky has been responding to various demands from the U.S. over the past weeks, displaying his readiness to work towards peace. However, Trump framing the U.S.-Russia summit as the sole avenue to resolution has had little effect on the ongoing negotiations.")).build(),
            paraphrase(REPORTER_001, "U.S. officials seem to be growing disillusioned as Moscow will not budge",
                ev(2331, "With already low expectations, U.S. officials seem to be growing disillusioned, as Moscow has shown little intent to budge from its stances.")).build(),
            paraphrase(WESTERN_ALLIES, "condemned Russia’s stance",
                ev(2677, "Ukraine’s allies, along with Zelensky, quickly condemned Russia’s stance.")).build(),
            paraphrase(ZELENSKY, "condemned Russia’s stance",
                ev(2677, "Ukraine’s allies, along with Zelensky, quickly condemned Russia’s stance.")).build(),
            paraphrase(REPORTER_001, "Kiev and its European allies have little incentive to compromise",
                ev(3592, "There doesn’t appear to be much incentive for compromise among Kiev and its European allies, particularly with Trump’s tough sanctions approach, hinting at a desire for talks with Putin.")).build(),
            paraphrase(REPORTER_001, "Zelensky and Putin see the pathways to peace starkly differently",
                ev(4522, "Underlying the brinkmanship is a clear yet stark difference in the perspectives of Zelensky and Putin regarding potential pathways to peace.")).build(),
            quote(ONE_EUROPEAN_LEADER, "We have just talked regarding our meetings and the status of negotiations with"
                + " President Trump today. Russia’s position is clearly unacceptable, and we are now closely aligned"
                + " regarding our next steps,",
                ev(3135, "“We have just talked regarding our meetings and the status of negotiations with President Trump"
                    + " today. Russia’s position is clearly unacceptable, and we are now closely aligned regarding"
                    + " our next steps,” stated one of the leaders."))
                .build(),
            onSocialMedia(quote(ZELENSKY, "Our stance is this — if Russia refuses a complete and unconditional"
                + " ceasefire, sanctions must continue,",
                ev(3456, "“Our stance is this — if Russia refuses a complete and unconditional ceasefire, sanctions must"
                    + " continue,” he mentioned on social media."))),
            quote(ZELENSKY, "theatrical props.",
                ev(4070, "referring to Russian representatives as mere “theatrical props.”"))
                .build(),
            quote(ZELENSKY, "Unfortunately, the Russians don’t appear serious about negotiations… I don’t really"
                + " respect the president,",
                ev(4297, "“Unfortunately, the Russians don’t appear serious about negotiations… I don’t really respect"
                    + " the president,” Zelensky remarked"))
                .build(),
            quote(ZELENSKY, "complete, unconditional, and honest ceasefire",
                ev(4981, "Zelensky reiterated his strong inclination for a “complete, unconditional, and honest"
                    + " ceasefire”"))
                .build(),
            paraphrase(MEDINSKY, "satisfied with the outcome and open to further discussions with Kiev",
                ev(1403, "Vladimir Medinsky, heading the Russian delegation, expressed satisfaction with the outcome and"
                    + " openness to further discussions with Kiev."))
                .tone(Tone.POSITIVE).build(),
            paraphrase(TRUMP, "nothing would move forward until he had a direct meeting with Putin",
                ev(1813, "Trump mentioned that nothing would move forward until he had a direct meeting with Putin"))
                .build(),
            paraphrase(EUROPEAN_LEADERS, "Russia’s approach to negotiations is unacceptable",
                ev(2811, "leaders from the UK, France, Germany, and Poland deemed Russia’s approach to negotiations"
                    + " unacceptable"))
                .build(),
            paraphrase(RUSSIA, "accusing Ukraine of giving up regions which were never within Moscow’s control",
                ev(2537, "accusing Ukraine of giving up regions which were never within Moscow’s control, according to"
                    + " unnamed sources from the Ukrainian delegation"))
                .addAttribution(Attribution.of("unnamed sources from the Ukrainian delegation", UKRAINIAN_DELEGATION_SOURCES))
                // As written, the regions were never within Moscow's control: that denies what 002 and 003
                // report (partly occupied, not fully controlled), and reads as a garbled sentence.
                .about(About.of(ClaimKind.FACT, Keys.REGIONS_NOT_HELD)).stance(Stance.DENIES)
                .assessment(disputedBecause("The sentence looks garbled: as written, Russia accuses Ukraine of giving"
                    + " up regions that were never within Moscow's control, yet Russia held parts of all four (seed"
                    + " 002: \"remain partially occupied\"; seed 003: \"areas Moscow does not fully control\"). Russia's"
                    + " reported demand was that Ukraine withdraw from the parts it still held."))
                .build(),
            paraphrase(RUSSIA, "a prolonged ceasefire would merely allow Ukraine to regroup",
                ev(5177, "Moscow has continuously rejected the notion of a prolonged ceasefire, claiming it would merely"
                    + " allow Ukraine to regroup"))
                .build(),
            paraphrase(RUSSIA, "the meeting continues the consultations of March 2022",
                ev(5360, "Kremlin officials attempted to view the latest meeting as a continuation of the largely"
                    + " fruitless consultations from March 2022"))
                .build(),
            paraphrase(MEDINSKY, "recalled a long-past conflict with Sweden: a protracted confrontation unless"
                + " terms were met",
                ev(5804, "he reportedly brought up a long-past conflict with Sweden, insinuating to Ukraine that Moscow’s"
                    + " intentions could lead to a protracted confrontation unless terms were met"))
                .build())
        .addTitles(
            title(TRUMP, "Ukrainian President", ev(253, "Ukrainian President Donald Trump"), Verdict.FALSE,
                TRUMP_IS_US_PRESIDENT),
            title(ERDOGAN, "Turkish President", ev(4452, "Turkish President Recep Tayyip Erdogan")))
        .build();
  }
}
