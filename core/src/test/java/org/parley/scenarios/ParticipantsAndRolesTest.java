package org.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.NegotiationRole;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.RoleClaim;
import org.parley.model.SourceKind;
import org.parley.reconcile.Classification;
import org.parley.reconcile.Conflict;
import org.parley.reconcile.ConflictCodes;
import org.parley.reconcile.Item;
import org.parley.reconcile.TextPosition;

/**
 * Two short stories written for this test about the Gaza ceasefire deal reached in Doha: agreement
 * participants named in a passage of their own (format 1.2), and compared with what the other story's
 * role claims say of the same actors.
 */
class ParticipantsAndRolesTest {

  static final Article WIRE = Article.of("source:wire-doha", SourceKind.WIRE,
      "DOHA (Wire) - Israel and Hamas agreed to a ceasefire on Wednesday. Qatar and Egypt will act as guarantors"
          + " of the deal, officials said.");
  static final Article PAPER = Article.of("source:paper-cairo", SourceKind.NEWS,
      "Qatar, the mediator, announced the deal. Egypt, itself a party to the agreement, will open the crossing.");

  static final ActorId ISRAEL = ActorId.of("actor:israel");
  static final ActorId HAMAS = ActorId.of("actor:hamas");
  static final ActorId QATAR = ActorId.of("actor:qatar");
  static final ActorId EGYPT = ActorId.of("actor:egypt");
  static final NegotiationId TALKS = NegotiationId.of("negotiation:gaza-doha-2025");
  static final AgreementId DEAL = AgreementId.of("agreement:gaza-ceasefire-2025");

  static Dataset dataset() {
    List<org.parley.model.Evidence> guarantors = List.of(WIRE.at("Qatar and Egypt will act as guarantors of the deal"));
    return Dataset.builder()
        .addActors(Actor.builder().id(ISRAEL).kind(ActorKind.STATE).name("Israel").country("ISR").build(),
            Actor.builder().id(HAMAS).kind(ActorKind.ARMED_GROUP).name("Hamas").build(),
            Actor.builder().id(QATAR).kind(ActorKind.STATE).name("Qatar").country("QAT").build(),
            Actor.builder().id(EGYPT).kind(ActorKind.STATE).name("Egypt").country("EGY").build())
        .addNegotiations(Negotiation.builder().id(TALKS).title("Gaza ceasefire talks in Doha").addParties(ISRAEL, HAMAS)
            .addMediators(QATAR, EGYPT).build())
        .addAgreements(Agreement.builder().id(DEAL).name("Gaza ceasefire").type(AgreementType.CEASEFIRE)
            .negotiation(TALKS).build())
        .addSources(WIRE.source(), PAPER.source())
        .addReports(
            Report.builder().id(ReportId.of("report:wire-doha")).source(WIRE.id()).negotiation(TALKS)
                .addAgreements(AgreementClaim.builder().agreement(DEAL).status(AgreementStatus.AGREED)
                    .addParticipants(AgreementParticipant.of(ISRAEL, AgreementRole.SIGNATORY),
                        AgreementParticipant.of(HAMAS, AgreementRole.SIGNATORY),
                        AgreementParticipant.of(QATAR, AgreementRole.GUARANTOR, guarantors),
                        AgreementParticipant.of(EGYPT, AgreementRole.GUARANTOR, guarantors))
                    .addEvidence(WIRE.at("Israel and Hamas agreed to a ceasefire on Wednesday")).build())
                .build(),
            Report.builder().id(ReportId.of("report:paper-cairo")).source(PAPER.id()).negotiation(TALKS)
                .addRoles(RoleClaim.builder().actor(QATAR).role(NegotiationRole.MEDIATOR)
                        .addEvidence(PAPER.at("Qatar, the mediator")).build(),
                    RoleClaim.builder().actor(EGYPT).role(NegotiationRole.PARTY)
                        .addEvidence(PAPER.at("Egypt, itself a party to the agreement")).build())
                .build())
        .build();
  }

  @Test
  void everyPassageIsInItsTextIncludingTheParticipantsOwnAndTheValidatorAsksAboutEgypt() {
    assertThat(Article.violations(dataset(), WIRE, PAPER)).extracting(v -> v.code() + " " + v.path())
        .containsExactly("role.against-negotiation /reports/1/roles/1/role");
  }

  @Test
  void aGuarantorOfTheDealAgainstAMediatorOfTheTalksIsUnclearAndAgainstAPartyAConflict() {
    Map<String, Item> items = Article.items(dataset());
    Item qatar = items.get("role/actor:qatar");
    Item egypt = items.get("role/actor:egypt");

    assertThat(qatar.classification()).isEqualTo(Classification.UNCLEAR);
    assertThat(qatar.positions()).extracting(p -> p.value()).containsExactly("guarantor of Gaza ceasefire", "mediator");
    assertThat(egypt.conflicts()).containsExactly(Conflict.of(ConflictCodes.ROLE, "one source makes the actor a party,"
        + " another a third party: guarantor"));
    // The guarantors' support is the passage that names them, not the claim's.
    assertThat(qatar.positions().get(0).support().get(0).evidence()).containsExactly(
        TextPosition.of(WIRE.at("Qatar and Egypt will act as guarantors of the deal")));
    // Signatories are no third party: Israel has no role item.
    assertThat(items).doesNotContainKey("role/actor:israel");
    assertThat(org.parley.testing.AgreedItems.unlike(dataset())).isEmpty();
  }
}
