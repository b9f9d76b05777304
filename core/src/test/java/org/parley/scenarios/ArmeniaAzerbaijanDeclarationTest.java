package org.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Agreement;
import org.parley.model.AgreementClaim;
import org.parley.model.AgreementId;
import org.parley.model.AgreementParticipant;
import org.parley.model.AgreementRole;
import org.parley.model.AgreementStatus;
import org.parley.model.AgreementType;
import org.parley.model.Dataset;
import org.parley.model.DateClaim;
import org.parley.model.DateRole;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.PartialDate;
import org.parley.model.Provision;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.SourceKind;
import org.parley.model.Venue;
import org.parley.model.Reported;
import org.parley.reconcile.Classification;
import org.parley.reconcile.Conflict;
import org.parley.reconcile.ConflictCodes;
import org.parley.reconcile.Item;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;

/**
 * A peace agreement initialled and a declaration signed at one meeting with a third state, as two
 * sources report it: two agreements with their own statuses, signatories and witnesses; a provision
 * on transit routes; and a disagreement on whether the third state was a witness or a signatory.
 */
class ArmeniaAzerbaijanDeclarationTest {

  static final Article WIRE = Article.of("source:wire-washington", SourceKind.WIRE,
      "WASHINGTON (Wire) - Armenia and Azerbaijan initialled a peace agreement at the White House on Friday, with"
          + " the United States as a witness, and signed a joint declaration on reopening transport links through"
          + " Armenia's Syunik region.");

  static final Article DAILY = Article.of("source:daily-baku", SourceKind.NEWS,
      "Azerbaijan and Armenia initialled the peace deal in Washington on August 8, with the United States signing it"
          + " alongside them as a party.");

  static final ActorId ARMENIA = ActorId.of("actor:armenia");
  static final ActorId AZERBAIJAN = ActorId.of("actor:azerbaijan");
  static final ActorId US = ActorId.of("actor:united-states");
  static final NegotiationId SUMMIT = NegotiationId.of("negotiation:washington-summit-2025");
  static final AgreementId PEACE = AgreementId.of("agreement:armenia-azerbaijan-peace-agreement");
  static final AgreementId DECLARATION = AgreementId.of("agreement:washington-joint-declaration");

  static Dataset dataset() {
    return Dataset.builder()
        .addActors(
            Actor.builder().id(ARMENIA).kind(ActorKind.STATE).name("Armenia").country("ARM").addDemonyms("Armenian")
                .build(),
            Actor.builder().id(AZERBAIJAN).kind(ActorKind.STATE).name("Azerbaijan").country("AZE")
                .addDemonyms("Azerbaijani").build(),
            Actor.builder().id(US).kind(ActorKind.STATE).name("United States").country("USA").addAliases("U.S.")
                .build())
        .addNegotiations(Negotiation.builder().id(SUMMIT).title("Armenia–Azerbaijan summit, Washington, August 2025")
            .addParties(ARMENIA, AZERBAIJAN).addHosts(US).build())
        .addAgreements(
            Agreement.builder().id(PEACE).name("peace agreement").type(AgreementType.PEACE_AGREEMENT)
                .negotiation(SUMMIT).build(),
            Agreement.builder().id(DECLARATION).name("joint declaration").type(AgreementType.DECLARATION)
                .negotiation(SUMMIT).build())
        .addSources(WIRE.source(), DAILY.source())
        .addReports(wire(), daily())
        .build();
  }

  static Report wire() {
    return Report.builder().id(ReportId.of("report:wire-washington")).source(WIRE.id()).negotiation(SUMMIT)
        .date(Reported.of(PartialDate.parse("2025-08 (Friday)"), WIRE.at("on Friday")))
        .venue(Reported.of(Venue.of("White House", "Washington"), WIRE.at("at the White House"),
            WIRE.at("WASHINGTON")))
        .addAgreements(
            AgreementClaim.builder().agreement(PEACE).status(AgreementStatus.INITIALLED)
                .addParticipants(AgreementParticipant.of(ARMENIA, AgreementRole.SIGNATORY),
                    AgreementParticipant.of(AZERBAIJAN, AgreementRole.SIGNATORY),
                    AgreementParticipant.of(US, AgreementRole.WITNESS))
                .addEvidence(WIRE.at("Armenia and Azerbaijan initialled a peace agreement"),
                    WIRE.at("with the United States as a witness")).build(),
            AgreementClaim.builder().agreement(DECLARATION).status(AgreementStatus.SIGNED)
                .addParticipants(AgreementParticipant.of(ARMENIA, AgreementRole.SIGNATORY),
                    AgreementParticipant.of(AZERBAIJAN, AgreementRole.SIGNATORY))
                .addProvisions(Provision.builder().key("transit").addIssues(Issue.TRANSIT_AND_CONNECTIVITY)
                    .description("reopening transport links through Armenia's Syunik region")
                    .addEvidence(WIRE.at("reopening transport links through Armenia's Syunik region")).build())
                .addEvidence(WIRE.at("signed a joint declaration")).build())
        .build();
  }

  static Report daily() {
    return Report.builder().id(ReportId.of("report:daily-baku")).source(DAILY.id()).negotiation(SUMMIT)
        .addDates(DateClaim.builder().role(DateRole.HELD).date(PartialDate.of(2025, 8, 8))
            .addEvidence(DAILY.at("in Washington on August 8")).build())
        .addAgreements(AgreementClaim.builder().agreement(PEACE).status(AgreementStatus.INITIALLED)
            .addParticipants(AgreementParticipant.of(AZERBAIJAN, AgreementRole.SIGNATORY),
                AgreementParticipant.of(ARMENIA, AgreementRole.SIGNATORY),
                AgreementParticipant.of(US, AgreementRole.SIGNATORY))
            .addEvidence(DAILY.at("Azerbaijan and Armenia initialled the peace deal"),
                DAILY.at("with the United States signing it alongside them as a party")).build())
        .build();
  }

  private final Reconciliation reconciliation = Reconciler.reconcileAll(dataset()).get(0);

  private Item item(String key) {
    return Article.item(reconciliation, key);
  }

  @Test
  void encodesBothArticlesWithEveryPassageFoundInTheirText() {
    assertThat(Article.violations(dataset(), WIRE, DAILY)).isEmpty();
  }

  @Test
  void eachAgreementKeepsItsOwnStatus() {
    assertThat(item("agreement/agreement:armenia-azerbaijan-peace-agreement/status").classification())
        .isEqualTo(Classification.AGREED);
    assertThat(item("agreement/agreement:washington-joint-declaration/status").positions())
        .extracting(p -> p.value()).containsExactly("signed");
  }

  @Test
  void aWitnessCalledASignatoryElsewhereIsAConflictOfRoles() {
    Item us = item("agreement/agreement:armenia-azerbaijan-peace-agreement/role/actor:united-states");

    assertThat(us.subject()).isEqualTo("role of United States in peace agreement");
    assertThat(us.conflicts()).containsExactly(Conflict.of(ConflictCodes.ROLE,
        "one source makes the actor a signatory, another a third party: witness"));
    assertThat(reconciliation.conflicts()).extracting(Item::key).containsExactly(
        "agreement/agreement:armenia-azerbaijan-peace-agreement/role/actor:united-states");
  }

  @Test
  void theMeetingDateGivenAsAWeekdayAndAsADayAgree() {
    assertThat(item("date/held").classification()).isEqualTo(Classification.AGREED);
  }

  @Test
  void aProvisionOnTransitRoutesIsFiledUnderItsAgreement() {
    assertThat(item("agreement/agreement:washington-joint-declaration/provision/key:transit").subject())
        .isEqualTo("provision of joint declaration on transit and connectivity (transit)");
  }
}
