package org.parley.examples;

import static org.parley.examples.Actors.ERDOGAN;
import static org.parley.examples.Actors.PUTIN;
import static org.parley.examples.Actors.REUTERS;
import static org.parley.examples.Actors.RUSSIA;
import static org.parley.examples.Actors.TRUMP;
import static org.parley.examples.Actors.TURKIYE;
import static org.parley.examples.Actors.UKRAINE;
import static org.parley.examples.Actors.WESTERN_ALLIES;
import static org.parley.examples.Actors.ZELENSKY;
import static org.parley.examples.Encoding.disputedBecause;
import static org.parley.examples.Encoding.ev;
import static org.parley.examples.Encoding.falseBecause;
import static org.parley.examples.Encoding.paraphrase;
import static org.parley.examples.Encoding.title;

import java.time.Duration;
import org.parley.model.Delegation;
import org.parley.model.DelegationRole;
import org.parley.model.Demand;
import org.parley.model.Document;
import org.parley.model.DurationEstimate;
import org.parley.model.Issue;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.PartialDate;
import org.parley.model.Quantity;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Reported;
import org.parley.model.Response;
import org.parley.model.ResponseKind;
import org.parley.model.Source;
import org.parley.model.SourceId;
import org.parley.model.SourceKind;
import org.parley.model.Venue;

/**
 * Seed 004, "Istanbul talks: Russia-Ukraine war, Türkiye’s rise, and the quest for peace", an
 * analysis from TRT World. It dates the meeting "May 15" while its own photo caption (credited to
 * Reuters) says May 16, 2025; talks "just under two hours"; an agreement to exchange 1,000 prisoners
 * of war without saying "each"; the sides' maximalist positions. It holds 🔗, a character outside the
 * Basic Multilingual Plane, so every offset after it differs from a Java string index by one.
 */
final class Article004 {

  static final SourceId SOURCE = SourceId.of("source:trt-world-istanbul-talks-analysis");

  private Article004() {}

  static Source source() {
    return Source.builder()
        .id(SOURCE)
        .kind(SourceKind.ANALYSIS)
        .outlet("TRT World")
        .headline("Istanbul talks: Russia-Ukraine war, Türkiye’s rise, and the quest for peace")
        .language("en")
        .addCites(REUTERS)
        .document(Document.of("seeds/004_e89adec3750aa83b.txt",
            "6d341c298945e277a3e8872eec9480458ba03d0adcd4010ef05b3ea1728ede77"))
        .build();
  }

  static Report report() {
    return Report.builder()
        .id(ReportId.of("report:trt-world-istanbul-talks-analysis"))
        .source(SOURCE)
        .negotiation(Istanbul2025.TALKS)
        .date(Reported.<PartialDate>builder().value(PartialDate.of(2025, 5, 15))
            .addEvidence(ev(509, "On May 15, Türkiye hosted the first direct contact between Russian and Ukrainian"
                + " officials"))
            .assessment(falseBecause("The talks were held on 16 May 2025, as this article's own photo caption"
                + " (credited to Reuters) says: \"Istanbul, May 16, 2025\". 15 May was the day first planned."))
            .build())
        .venue(Reported.of(Venue.of("Turkish Presidency’s Dolmabahce office", "Istanbul"),
            ev(337, "the Turkish Presidency’s Dolmabahce office in Istanbul"), ev(720, "The meeting, held in Istanbul")))
        .duration(Reported.of(DurationEstimate.under(Duration.ofHours(2)), ev(751, "lasted just under two hours")))
        .addDelegations(Delegation.builder().party(TURKIYE).role(DelegationRole.HOST)
            .addEvidence(ev(520, "Türkiye hosted the first direct contact")).build())
        .addDemands(
            Demand.builder().by(RUSSIA).addressee(UKRAINE).issue(Issue.RECOGNITION)
                .description("formal recognition of territorial gains")
                .addEvidence(ev(6690, "Russia demands formal recognition of territorial gains")).build(),
            Demand.builder().by(RUSSIA).addressee(WESTERN_ALLIES).issue(Issue.SANCTIONS)
                .description("the lifting of sanctions")
                .addEvidence(ev(6690, "Russia demands formal recognition of territorial gains and the lifting of"
                    + " sanctions")).build(),
            Demand.builder().by(UKRAINE).addressee(RUSSIA).issue(Issue.TERRITORY)
                .description("full withdrawal")
                .addEvidence(ev(6781, "Ukraine insists on full withdrawal and accountability")).build(),
            Demand.builder().by(UKRAINE).addressee(RUSSIA).issue(Issue.ACCOUNTABILITY)
                .description("accountability")
                .addEvidence(ev(6781, "Ukraine insists on full withdrawal and accountability")).build(),
            Demand.builder().by(ZELENSKY).addressee(PUTIN).issue(Issue.LEADERS_MEETING)
                .description("attend the talks in person")
                .response(Response.builder().kind(ResponseKind.REJECTED).by(PUTIN)
                    .description("decided not to be present once it became clear President Trump would not attend")
                    .addEvidence(ev(3361, "Putin’s decision not to be present at the Istanbul talks once it became clear"
                        + " President Trump would not attend"))
                    .build())
                .addEvidence(ev(6989, "Zelenskyy had publicly challenged Putin to attend the talks")).build())
        .addOutcomes(
            Outcome.builder().kind(OutcomeKind.AGREEMENT).issue(Issue.PRISONERS).addParties(RUSSIA, UKRAINE)
                .status(OutcomeStatus.AGREED).description("an agreement to exchange 1,000 prisoners of war")
                .addQuantities(Quantity.of(1000, "prisoners of war"))
                .addEvidence(ev(5387, "an agreement to exchange 1,000 prisoners of war"),
                    ev(1673, "the decision on prisoner exchange between Russia and Ukraine was the biggest outcome"))
                .assessment(disputedBecause("As written, 1,000 prisoners of war in all; seeds 000, 001 and 003"
                    + " say 1,000 from each side, which is what was agreed."))
                .build(),
            Outcome.builder().kind(OutcomeKind.NO_AGREEMENT).issue(Issue.TERRITORY).addParties(RUSSIA, UKRAINE)
                .status(OutcomeStatus.NOT_REACHED).description("territorial control remains unresolved")
                .addEvidence(ev(5589, "Fundamental political issues such as territorial control, security guarantees,"
                    + " and Ukraine’s future orientation remain unresolved.")).build(),
            Outcome.builder().kind(OutcomeKind.NO_AGREEMENT).issue(Issue.SECURITY_GUARANTEES)
                .addParties(RUSSIA, UKRAINE)
                .status(OutcomeStatus.NOT_REACHED).description("security guarantees remain unresolved")
                .addEvidence(ev(5589, "Fundamental political issues such as territorial control, security guarantees,"
                    + " and Ukraine’s future orientation remain unresolved.")).build())
        .addStatements(
            paraphrase(ZELENSKY, "challenged Putin to attend the talks, as a test of Russia’s seriousness",
                ev(6989, "Zelenskyy had publicly challenged Putin to attend the talks, presenting it as a test of Russia’s"
                    + " seriousness."))
                .build(),
            paraphrase(UKRAINE, "Russia obstructs negotiations with maximalist and unrealistic demands",
                ev(7299, "Ukrainian officials accuse Russia of obstructing negotiations with maximalist and unrealistic"
                    + " demands."))
                .build())
        .addTitles(
            title(ZELENSKY, "President", ev(856, "President Volodymyr Zelenskyy")),
            title(ERDOGAN, "President", ev(1164, "President Erdogan")),
            title(TRUMP, "President", ev(3439, "President Trump would not attend")))
        .build();
  }
}
