package org.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Agreement;
import org.parley.model.AgreementClaim;
import org.parley.model.AgreementId;
import org.parley.model.AgreementStatus;
import org.parley.model.AgreementType;
import org.parley.model.Dataset;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.Provision;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.SourceKind;
import org.parley.reconcile.Classification;
import org.parley.reconcile.Conflict;
import org.parley.reconcile.ConflictCodes;
import org.parley.reconcile.Item;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;

/**
 * Two short reports written for this test about the declaration Armenia and Azerbaijan signed in
 * Washington in August 2025, which put the transit route it opens in different places: an outcome's
 * and a provision's places (format 1.2) are compared as a demand's are.
 */
class PlacesOnOutcomesTest {

  static final Article WIRE = Article.of("source:wire-washington", SourceKind.WIRE,
      "WASHINGTON (Wire) - Armenia and Azerbaijan agreed to open a transit route through Syunik province. The"
          + " declaration provides for a road and a railway across Syunik.");

  static final Article PAPER = Article.of("source:paper-baku", SourceKind.NEWS,
      "The two countries agreed on a corridor to Nakhchivan. Under the declaration, a railway will link Azerbaijan"
          + " with Nakhchivan.");

  static final ActorId ARMENIA = ActorId.of("actor:armenia");
  static final ActorId AZERBAIJAN = ActorId.of("actor:azerbaijan");
  static final NegotiationId TALKS = NegotiationId.of("negotiation:washington-2025");
  static final AgreementId DECLARATION = AgreementId.of("agreement:washington-declaration");

  static Dataset dataset() {
    return Dataset.builder()
        .addActors(Actor.builder().id(ARMENIA).kind(ActorKind.STATE).name("Armenia").country("ARM").build(),
            Actor.builder().id(AZERBAIJAN).kind(ActorKind.STATE).name("Azerbaijan").country("AZE").build())
        .addNegotiations(Negotiation.builder().id(TALKS).title("Armenia–Azerbaijan talks in Washington")
            .addParties(ARMENIA, AZERBAIJAN).build())
        .addAgreements(Agreement.builder().id(DECLARATION).name("Washington declaration").type(AgreementType.DECLARATION)
            .negotiation(TALKS).build())
        .addSources(WIRE.source(), PAPER.source())
        .addReports(
            Report.builder().id(ReportId.of("report:wire-washington")).source(WIRE.id()).negotiation(TALKS)
                .addOutcomes(Outcome.builder().key("transit-route").kind(OutcomeKind.AGREEMENT)
                    .issue(Issue.TRANSIT_AND_CONNECTIVITY).addParties(ARMENIA, AZERBAIJAN).status(OutcomeStatus.AGREED)
                    .addRegions("Syunik province")
                    .addEvidence(WIRE.at("Armenia and Azerbaijan agreed to open a transit route through Syunik province"))
                    .build())
                .addAgreements(AgreementClaim.builder().agreement(DECLARATION).status(AgreementStatus.SIGNED)
                    .addProvisions(Provision.builder().key("railway").addIssues(Issue.TRANSIT_AND_CONNECTIVITY)
                        .addRegions("Syunik").addEvidence(WIRE.at("a road and a railway across Syunik")).build())
                    .addEvidence(WIRE.at("The declaration provides for a road and a railway across Syunik")).build())
                .build(),
            Report.builder().id(ReportId.of("report:paper-baku")).source(PAPER.id()).negotiation(TALKS)
                .addOutcomes(Outcome.builder().key("transit-route").kind(OutcomeKind.AGREEMENT)
                    .issue(Issue.TRANSIT_AND_CONNECTIVITY).addParties(ARMENIA, AZERBAIJAN).status(OutcomeStatus.AGREED)
                    .addRegions("Nakhchivan")
                    .addEvidence(PAPER.at("The two countries agreed on a corridor to Nakhchivan")).build())
                .addAgreements(AgreementClaim.builder().agreement(DECLARATION).status(AgreementStatus.SIGNED)
                    .addProvisions(Provision.builder().key("railway").addIssues(Issue.TRANSIT_AND_CONNECTIVITY)
                        .addRegions("Nakhchivan")
                        .addEvidence(PAPER.at("a railway will link Azerbaijan with Nakhchivan")).build())
                    .addEvidence(PAPER.at("Under the declaration")).build())
                .build())
        .build();
  }

  private final Reconciliation reconciliation = Reconciler.reconcileAll(dataset()).get(0);

  @Test
  void encodesBothReportsWithEveryPassageFoundInItsText() {
    assertThat(Article.violations(dataset(), WIRE, PAPER)).isEmpty();
  }

  @Test
  void anOutcomeTheSourcesPlaceInDifferentRegionsConflicts() {
    Item route = Article.item(reconciliation, "outcome/key:transit-route");

    assertThat(route.classification()).isEqualTo(Classification.CONFLICT);
    assertThat(route.conflicts()).containsExactly(Conflict.of(ConflictCodes.REGIONS,
        "the sources name different regions: [Syunik province] and [Nakhchivan]"));
    assertThat(route.positions()).extracting(p -> p.value()).containsExactly("agreed; in Syunik province",
        "agreed; in Nakhchivan");
  }

  @Test
  void aProvisionTheSourcesPlaceInDifferentRegionsConflicts() {
    Item railway = reconciliation.items().stream().filter(i -> i.key().endsWith("railway")).findFirst().orElseThrow();

    assertThat(railway.classification()).isEqualTo(Classification.CONFLICT);
    assertThat(railway.conflicts()).containsExactly(Conflict.of(ConflictCodes.REGIONS,
        "the sources name different regions: [Syunik] and [Nakhchivan]"));
  }
}
