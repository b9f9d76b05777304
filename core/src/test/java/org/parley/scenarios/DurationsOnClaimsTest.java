package org.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
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
import org.parley.model.Demand;
import org.parley.model.DurationEstimate;
import org.parley.model.DurationQualifier;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.ProcessEvent;
import org.parley.model.ProcessEventKind;
import org.parley.model.Provision;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.SourceKind;
import org.parley.reconcile.Classification;
import org.parley.reconcile.Conflict;
import org.parley.reconcile.ConflictCodes;
import org.parley.reconcile.Item;
import org.parley.reconcile.Reconciler;

/**
 * Two short reports written for this test about a truce between the Democratic Republic of the Congo
 * and the M23 rebels agreed in Doha: lengths on a demand, an outcome, an agreement, a provision and
 * an event (format 1.2), with "up to" and "at least" among their qualifiers, compared as the talks'
 * own length is.
 */
class DurationsOnClaimsTest {

  static final Article WIRE = Article.of("source:wire-doha-m23", SourceKind.WIRE,
      "DOHA (Wire) - Congo and the M23 rebels agreed to extend their truce by five days after talks that lasted"
          + " two hours. M23 had demanded a 30-day ceasefire. The truce now runs for at least 60 days, and monitors"
          + " may stay for up to one year.");

  static final Article PAPER = Article.of("source:paper-kinshasa", SourceKind.NEWS,
      "The truce was extended by a week. The two sides met for about two hours, and the 90-day truce lets"
          + " monitors stay for six months. The rebels wanted a month-long ceasefire.");

  static final ActorId CONGO = ActorId.of("actor:drc");
  static final ActorId M23 = ActorId.of("actor:m23");
  static final NegotiationId TALKS = NegotiationId.of("negotiation:doha-drc-m23");
  static final AgreementId TRUCE = AgreementId.of("agreement:doha-truce");

  private static DurationEstimate days(long days, DurationQualifier qualifier) {
    return DurationEstimate.of(Duration.ofDays(days).toMinutes(), qualifier);
  }

  static Dataset dataset() {
    Outcome.Builder extension = Outcome.builder().key("truce-extension").kind(OutcomeKind.AGREEMENT)
        .issue(Issue.CEASEFIRE).addParties(CONGO, M23).status(OutcomeStatus.AGREED);
    Demand.Builder demand = Demand.builder().key("ceasefire-demand").by(M23).addressee(CONGO).issue(Issue.CEASEFIRE);
    ProcessEvent.Builder talks = ProcessEvent.builder().key("doha-round").kind(ProcessEventKind.CONVENED)
        .addActors(CONGO, M23);
    Provision.Builder monitors = Provision.builder().key("monitors").addIssues(Issue.MONITORING_AND_VERIFICATION);
    return Dataset.builder()
        .addActors(Actor.builder().id(CONGO).kind(ActorKind.STATE).name("Democratic Republic of the Congo")
                .country("COD").build(),
            Actor.builder().id(M23).kind(ActorKind.ARMED_GROUP).name("M23").build())
        .addNegotiations(Negotiation.builder().id(TALKS).title("DRC–M23 talks in Doha").addParties(CONGO, M23).build())
        .addAgreements(Agreement.builder().id(TRUCE).name("Doha truce").type(AgreementType.CEASEFIRE)
            .negotiation(TALKS).build())
        .addSources(WIRE.source(), PAPER.source())
        .addReports(
            Report.builder().id(ReportId.of("report:wire-doha-m23")).source(WIRE.id()).negotiation(TALKS)
                .addOutcomes(extension.duration(days(5, DurationQualifier.EXACT))
                    .addEvidence(WIRE.at("agreed to extend their truce by five days")).build())
                .addDemands(demand.duration(days(30, DurationQualifier.EXACT))
                    .addEvidence(WIRE.at("M23 had demanded a 30-day ceasefire")).build())
                .addEvents(talks.duration(DurationEstimate.exact(Duration.ofHours(2)))
                    .addEvidence(WIRE.at("talks that lasted two hours")).build())
                .addAgreements(AgreementClaim.builder().agreement(TRUCE).status(AgreementStatus.IN_FORCE)
                    .duration(days(60, DurationQualifier.AT_LEAST))
                    .addProvisions(monitors.duration(days(365, DurationQualifier.UP_TO))
                        .addEvidence(WIRE.at("monitors may stay for up to one year")).build())
                    .addEvidence(WIRE.at("The truce now runs for at least 60 days")).build())
                .build(),
            Report.builder().id(ReportId.of("report:paper-kinshasa")).source(PAPER.id()).negotiation(TALKS)
                .addOutcomes(extension.duration(days(7, DurationQualifier.EXACT)).evidence(java.util.List.of())
                    .addEvidence(PAPER.at("The truce was extended by a week")).build())
                .addDemands(demand.duration(days(30, DurationQualifier.ABOUT)).evidence(java.util.List.of())
                    .addEvidence(PAPER.at("The rebels wanted a month-long ceasefire")).build())
                .addEvents(talks.duration(DurationEstimate.about(Duration.ofHours(2))).evidence(java.util.List.of())
                    .addEvidence(PAPER.at("The two sides met for about two hours")).build())
                .addAgreements(AgreementClaim.builder().agreement(TRUCE).duration(days(90, DurationQualifier.EXACT))
                    .addProvisions(monitors.duration(days(182, DurationQualifier.ABOUT)).evidence(java.util.List.of())
                        .addEvidence(PAPER.at("lets monitors stay for six months")).build())
                    .addEvidence(PAPER.at("the 90-day truce")).build())
                .build())
        .build();
  }

  private static Map<String, Item> items() {
    return Article.items(dataset());
  }

  @Test
  void encodesBothReportsWithEveryPassageFoundInItsText() {
    assertThat(Article.violations(dataset(), WIRE, PAPER)).isEmpty();
  }

  @Test
  void comparesTheLengthEachSourceGivesEveryClaim() {
    Map<String, Item> items = items();

    assertThat(items.values()).extracting(i -> i.key() + " " + i.classification().wireName())
        .containsExactlyInAnyOrder(
            "outcome/key:truce-extension conflict",
            "demand/key:ceasefire-demand agreed",
            "event/key:doha-round agreed",
            "agreement/agreement:doha-truce/status agreed",
            "agreement/agreement:doha-truce/provision/key:monitors agreed");
    assertThat(items.get("outcome/key:truce-extension").conflicts()).extracting(Conflict::code)
        .containsExactly(ConflictCodes.DURATION);
    assertThat(items.get("outcome/key:truce-extension").positions()).extracting(p -> p.value())
        .containsExactly("agreed; for 5 days", "agreed; for 7 days");
    assertThat(org.parley.testing.AgreedItems.unlike(dataset())).isEmpty();
  }

  @Test
  void upToAndAtLeastBoundTheLengthOnOneSide() {
    Map<String, Item> items = items();

    // "at least 60 days" fits a 90-day truce; "up to one year" fits "six months".
    assertThat(items.get("agreement/agreement:doha-truce/status").positions()).extracting(p -> p.value())
        .containsExactly("in force; for at least 60 days", "no status given; for 90 days");
    assertThat(items.get("agreement/agreement:doha-truce/provision/key:monitors").positions())
        .extracting(p -> p.value()).containsExactly("monitoring and verification; for up to 1 year", "monitoring and verification; for about 182 days");
    assertThat(items.get("agreement/agreement:doha-truce/provision/key:monitors").classification())
        .isEqualTo(Classification.AGREED);
  }

  @Test
  void aLengthBeyondAnUpperBoundConflicts() {
    Dataset longer = Dataset.builder().from(dataset()).reports(dataset().reports().stream()
        .map(r -> Report.builder().from(r).agreements(r.agreements().stream()
            .map(a -> AgreementClaim.builder().from(a).provisions(a.provisions().stream()
                .map(p -> p.duration().filter(d -> d.qualifier() == DurationQualifier.ABOUT).isPresent()
                    ? Provision.builder().from(p).duration(days(730, DurationQualifier.EXACT)).build() : p)
                .toList()).build()).toList()).build())
        .toList()).build();

    Item monitors = Reconciler.reconcileAll(longer).get(0).items().stream()
        .filter(i -> i.key().endsWith("key:monitors")).findFirst().orElseThrow();

    assertThat(monitors.conflicts()).containsExactly(Conflict.of(ConflictCodes.DURATION,
        "no length fits up to 1 year, 2 years"));
  }
}
