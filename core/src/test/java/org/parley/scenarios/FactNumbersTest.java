package org.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.FactClaim;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Quantity;
import org.parley.model.QuantityQualifier;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.SourceKind;
import org.parley.reconcile.Classification;
import org.parley.reconcile.Conflict;
import org.parley.reconcile.ConflictCodes;
import org.parley.reconcile.Item;

/**
 * Two short passages written for this test about the suspended Jeddah talks on Sudan: a background
 * fact that gives two numbers ("killed ... and displaced ...", format 1.2's {@code quantities}),
 * each compared with the other source's number of the same thing.
 */
class FactNumbersTest {

  static final Article WIRE = Article.of("source:wire-jeddah", SourceKind.WIRE,
      "JEDDAH (Wire) - The war has killed at least 150,000 people and displaced 12 million since April 2023.");
  static final Article PAPER = Article.of("source:paper-port-sudan", SourceKind.NEWS,
      "The conflict has killed 20,000 people and displaced 12 million, UN figures show.");

  static final ActorId SAF = ActorId.of("actor:sudanese-armed-forces");
  static final ActorId RSF = ActorId.of("actor:rapid-support-forces");
  static final NegotiationId TALKS = NegotiationId.of("negotiation:jeddah-2023");

  static Quantity killed(long amount, QuantityQualifier qualifier) {
    return Quantity.builder().amount(amount).qualifier(qualifier).unit("people killed").build();
  }

  static Quantity displaced(long amount) {
    return Quantity.builder().amount(amount).unit("people displaced").build();
  }

  static Dataset dataset() {
    FactClaim.Builder toll = FactClaim.builder().key("war-toll").description("the war's toll");
    return Dataset.builder()
        .addActors(Actor.builder().id(SAF).kind(ActorKind.STATE_FORCE).name("Sudanese Armed Forces").build(),
            Actor.builder().id(RSF).kind(ActorKind.ARMED_GROUP).name("Rapid Support Forces").build())
        .addNegotiations(Negotiation.builder().id(TALKS).title("Jeddah talks on Sudan").addParties(SAF, RSF).build())
        .addSources(WIRE.source(), PAPER.source())
        .addReports(
            Report.builder().id(ReportId.of("report:wire-jeddah")).source(WIRE.id()).negotiation(TALKS)
                .addFacts(toll.quantities(List.of(killed(150_000, QuantityQualifier.AT_LEAST), displaced(12_000_000)))
                    .addEvidence(WIRE.at("The war has killed at least 150,000 people and displaced 12 million"))
                    .build())
                .build(),
            Report.builder().id(ReportId.of("report:paper-port-sudan")).source(PAPER.id()).negotiation(TALKS)
                .addFacts(toll.quantities(List.of(killed(20_000, QuantityQualifier.EXACT), displaced(12_000_000)))
                    .evidence(List.of()).addEvidence(PAPER.at("The conflict has killed 20,000 people and displaced"
                        + " 12 million")).build())
                .build())
        .build();
  }

  @Test
  void everyPassageIsInItsText() {
    assertThat(Article.violations(dataset(), WIRE, PAPER)).isEmpty();
  }

  @Test
  void eachNumberIsComparedWithTheOtherSourcesNumberOfTheSameThing() {
    Item toll = Article.items(dataset()).get("fact/key:war-toll");

    // The displaced agree; "at least 150,000" and "20,000" killed cannot both be.
    assertThat(toll.classification()).isEqualTo(Classification.CONFLICT);
    // "people killed" and "people displaced" are two things: one claim gives both.
    assertThat(toll.conflicts()).containsExactly(Conflict.of(ConflictCodes.QUANTITY, "no total of people killed fits"
        + " all of at least 150000 people killed, 20000 people killed"));
    assertThat(toll.positions()).extracting(p -> p.value()).containsExactly(
        "the war's toll; at least 150000 people killed; 12000000 people displaced",
        "the war's toll; 20000 people killed; 12000000 people displaced");
  }

  @Test
  void withoutTheOtherNumberTheTwoReportsAgree() {
    Dataset agreed = Dataset.builder().from(dataset()).reports(dataset().reports().stream().map(r ->
        Report.builder().from(r).facts(r.facts().stream().map(f -> FactClaim.builder().from(f)
            .quantities(f.quantities().subList(1, 2)).build()).toList()).build()).toList()).build();

    assertThat(Article.items(agreed).get("fact/key:war-toll").classification()).isEqualTo(Classification.AGREED);
    assertThat(org.parley.testing.AgreedItems.unlike(agreed)).isEmpty();
  }

  @Test
  void aFactGivesItsNumbersOneWayOrTheOther() {
    assertThatThrownBy(() -> FactClaim.builder().description("the war's toll").quantity(displaced(12))
        .addQuantities(displaced(12)).addEvidence(WIRE.at("displaced 12 million")).build())
        .hasMessage("Invalid fact: give its numbers either as quantity or all in quantities, not both");
  }
}
