package org.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.Quantity;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.SourceKind;
import org.parley.reconcile.Classification;
import org.parley.reconcile.ConflictCodes;
import org.parley.reconcile.Item;

/**
 * Two short reports written for this test about the hostage releases of a phased Gaza ceasefire:
 * one counts the parts by the day of the phase they fall on (format 1.2), the other gives the
 * phase's total. The parts are added up against the total, and each keeps its day.
 */
class PartsByDayTest {

  static final Article WIRE = Article.of("source:wire-gaza-releases", SourceKind.WIRE,
      "GAZA (Wire) - Hamas freed three hostages on Day 1 of the first phase and four more on Day 7.");
  static final Article PAPER = Article.of("source:paper-gaza-releases", SourceKind.NEWS,
      "Thirty-three hostages are to be freed in the first phase.");

  static final ActorId ISRAEL = ActorId.of("actor:israel");
  static final ActorId HAMAS = ActorId.of("actor:hamas");
  static final NegotiationId TALKS = NegotiationId.of("negotiation:gaza-ceasefire-talks");

  private static Quantity onDay(long amount, int day) {
    return Quantity.builder().amount(amount).unit("hostages").by(HAMAS).part(true).day(day).phase(1).build();
  }

  static Dataset dataset(long total) {
    Outcome.Builder releases = Outcome.builder().key("hostage-releases").kind(OutcomeKind.COMMITMENT)
        .issue(Issue.HOSTAGES).addParties(ISRAEL, HAMAS).status(OutcomeStatus.AGREED);
    return Dataset.builder()
        .addActors(Actor.builder().id(ISRAEL).kind(ActorKind.STATE).name("Israel").country("ISR").build(),
            Actor.builder().id(HAMAS).kind(ActorKind.ARMED_GROUP).name("Hamas").build())
        .addNegotiations(Negotiation.builder().id(TALKS).title("Gaza ceasefire talks").addParties(ISRAEL, HAMAS).build())
        .addSources(WIRE.source(), PAPER.source())
        .addReports(
            Report.builder().id(ReportId.of("report:wire-gaza-releases")).source(WIRE.id()).negotiation(TALKS)
                .addOutcomes(releases.quantities(List.of(onDay(3, 1), onDay(4, 7)))
                    .addEvidence(WIRE.at("Hamas freed three hostages on Day 1 of the first phase and four more on Day"
                        + " 7")).build())
                .build(),
            Report.builder().id(ReportId.of("report:paper-gaza-releases")).source(PAPER.id()).negotiation(TALKS)
                .addOutcomes(releases.quantities(List.of(Quantity.builder().amount(total).unit("hostages").by(HAMAS)
                    .build())).evidence(List.of())
                    .addEvidence(PAPER.at("Thirty-three hostages are to be freed in the first phase")).build())
                .build())
        .build();
  }

  @Test
  void encodesBothReportsWithEveryPassageFoundInItsText() {
    assertThat(Article.violations(dataset(33), WIRE, PAPER)).isEmpty();
  }

  @Test
  void eachPartKeepsItsDayAndThePartsAreAddedUpAgainstTheTotal() {
    Item releases = Article.items(dataset(33)).get("outcome/key:hostage-releases");
    // A total below the parts' sum: 3 + 4 cannot be part of 5.
    Item tooFew = Article.items(dataset(5)).get("outcome/key:hostage-releases");

    assertThat(releases.classification()).isEqualTo(Classification.AGREED);
    assertThat(releases.positions()).extracting(p -> p.value()).containsExactly(
        "agreed; part: 3 hostages on Day 1 of phase 1; part: 4 hostages on Day 7 of phase 1", "agreed; 33 hostages");
    assertThat(tooFew.conflicts()).extracting(c -> c.code()).containsExactly(ConflictCodes.QUANTITY);
  }

  @Test
  void aPhaseIsGivenOnlyWithTheDayCountedInIt() {
    assertThatThrownBy(() -> Quantity.builder().amount(3).unit("hostages").phase(1).build())
        .hasMessage("Invalid value for quantity phase: a phase is given only with the day counted in it");
  }
}
