package org.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.FactClaim;
import org.parley.model.Issue;
import org.parley.model.Magnitude;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.Quantity;
import org.parley.model.QuantityQualifier;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.SourceKind;
import org.parley.reconcile.Classification;
import org.parley.reconcile.ConflictCodes;
import org.parley.reconcile.Item;

/**
 * Two short reports written for this test about talks between Colombia's government and the ELN
 * guerrillas, which count in words ("dozens", "hundreds") and in figures: a magnitude (format 1.2)
 * is at least two of its unit and no more, so the encoder picks no number the words do not give.
 */
class MagnitudesTest {

  static final Article WIRE = Article.of("source:wire-caracas", SourceKind.WIRE,
      "CARACAS (Wire) - The ELN freed dozens of hostages after the round in Caracas. Hundreds of families fled the"
          + " fighting in Catatumbo.");
  static final Article PAPER = Article.of("source:paper-bogota", SourceKind.NEWS,
      "The guerrillas released 12 hostages. More than 1,500 families fled Catatumbo.");

  static final ActorId COLOMBIA = ActorId.of("actor:colombia");
  static final ActorId ELN = ActorId.of("actor:eln");
  static final NegotiationId TALKS = NegotiationId.of("negotiation:colombia-eln");

  private static Quantity hostages(Quantity.Builder b) {
    return b.unit("hostages").by(ELN).build();
  }

  static Dataset dataset() {
    Outcome.Builder release = Outcome.builder().key("hostage-release").kind(OutcomeKind.COMMITMENT)
        .issue(Issue.HOSTAGES).addParties(ELN).status(OutcomeStatus.IMPLEMENTED);
    FactClaim.Builder fled = FactClaim.builder().key("catatumbo-displaced").description("families fled Catatumbo");
    return Dataset.builder()
        .addActors(Actor.builder().id(COLOMBIA).kind(ActorKind.STATE).name("Colombia").country("COL").build(),
            Actor.builder().id(ELN).kind(ActorKind.ARMED_GROUP).name("National Liberation Army").addAliases("ELN")
                .build())
        .addNegotiations(Negotiation.builder().id(TALKS).title("Colombia–ELN talks").addParties(COLOMBIA, ELN).build())
        .addSources(WIRE.source(), PAPER.source())
        .addReports(
            Report.builder().id(ReportId.of("report:wire-caracas")).source(WIRE.id()).negotiation(TALKS)
                .addOutcomes(release.addQuantities(hostages(Quantity.builder().magnitude(Magnitude.DOZENS)
                    .words("dozens"))).addEvidence(WIRE.at("The ELN freed dozens of hostages")).build())
                .addFacts(fled.quantity(Quantity.builder().magnitude(Magnitude.HUNDREDS).words("Hundreds")
                    .unit("families").build()).addEvidence(WIRE.at("Hundreds of families fled the fighting in"
                    + " Catatumbo")).build())
                .build(),
            Report.builder().id(ReportId.of("report:paper-bogota")).source(PAPER.id()).negotiation(TALKS)
                .addOutcomes(release.quantities(java.util.List.of(hostages(Quantity.builder().amount(12))))
                    .evidence(java.util.List.of()).addEvidence(PAPER.at("The guerrillas released 12 hostages")).build())
                .addFacts(fled.quantity(Quantity.builder().amount(1_500).qualifier(QuantityQualifier.MORE_THAN)
                    .unit("families").build()).evidence(java.util.List.of())
                    .addEvidence(PAPER.at("More than 1,500 families fled Catatumbo")).build())
                .build())
        .build();
  }

  @Test
  void encodesBothReportsWithEveryPassageFoundInItsText() {
    assertThat(Article.violations(dataset(), WIRE, PAPER)).isEmpty();
  }

  @Test
  void aMagnitudeIsAtLeastTwoOfItsUnitAndNoMore() {
    Quantity hundreds = Quantity.builder().magnitude(Magnitude.HUNDREDS).unit("families").build();

    assertThat(hundreds.amount()).isEqualTo(200);
    assertThat(hundreds.qualifier()).isEqualTo(QuantityQualifier.AT_LEAST);
    assertThat(hundreds).hasToString("at least 200 families");
  }

  @Test
  void dozensAgainstTwelveConflictsAndHundredsFitsMoreThan1500() {
    Item release = Article.items(dataset()).get("outcome/key:hostage-release");
    Item fled = Article.items(dataset()).get("fact/key:catatumbo-displaced");

    assertThat(release.classification()).isEqualTo(Classification.CONFLICT);
    assertThat(release.conflicts()).extracting(c -> c.code()).containsExactly(ConflictCodes.QUANTITY);
    assertThat(fled.classification()).isEqualTo(Classification.AGREED);
    assertThat(org.parley.testing.AgreedItems.unlike(dataset())).isEmpty();
  }
}
