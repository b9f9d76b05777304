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
import org.parley.model.DateClaim;
import org.parley.model.DateRole;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.NegotiationRole;
import org.parley.model.Phase;
import org.parley.model.Provision;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.RoleClaim;
import org.parley.model.SourceKind;
import org.parley.reconcile.Classification;
import org.parley.reconcile.Conflict;
import org.parley.reconcile.ConflictCodes;
import org.parley.reconcile.Item;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;

/**
 * Two short stories written for this test about the agreement the Ethiopian government and the
 * Tigray People's Liberation Front signed in Pretoria in November 2022 under the African Union: they
 * give its disarmament phase different lengths, count the handover of heavy weapons on different days
 * of that phase, and one makes the African Union a party where the other has it mediate.
 */
class EthiopiaTigrayPretoriaTest {

  static final Article WIRE = Article.of("source:wire-pretoria", SourceKind.WIRE,
      "PRETORIA (Wire) - Ethiopia's government and the Tigray People's Liberation Front signed a permanent"
          + " cessation of hostilities on Wednesday, with the African Union mediating. Under the deal, the TPLF"
          + " disarms in a first phase of 30 days, handing over its heavy weapons on Day 10 of that phase.");

  static final Article DAILY = Article.of("source:daily-addis", SourceKind.NEWS,
      "ADDIS ABABA (Daily) - The agreement signed in Pretoria, to which the African Union is a party, gives the"
          + " Tigrayan forces 45 days to disarm in its first phase. Heavy weapons are to be handed over on Day 15.");

  static final ActorId ETHIOPIA = ActorId.of("actor:ethiopia");
  static final ActorId TPLF = ActorId.of("actor:tplf");
  static final ActorId AU = ActorId.of("actor:african-union");
  static final NegotiationId TALKS = NegotiationId.of("negotiation:pretoria-2022");
  static final AgreementId DEAL = AgreementId.of("agreement:pretoria-cessation-of-hostilities-2022");

  static Dataset dataset() {
    return Dataset.builder()
        .addActors(
            Actor.builder().id(ETHIOPIA).kind(ActorKind.STATE).name("Ethiopia").addDemonyms("Ethiopian").country("ETH")
                .build(),
            Actor.builder().id(TPLF).kind(ActorKind.ARMED_GROUP).name("Tigray People's Liberation Front")
                .addAliases("TPLF", "Tigrayan forces").build(),
            Actor.builder().id(AU).kind(ActorKind.ORGANIZATION).name("African Union").build())
        .addNegotiations(Negotiation.builder().id(TALKS).title("Ethiopia–TPLF talks, Pretoria, 2022")
            .addParties(ETHIOPIA, TPLF).addMediators(AU).build())
        .addAgreements(Agreement.builder().id(DEAL).name("Permanent cessation of hostilities")
            .type(AgreementType.CEASEFIRE).negotiation(TALKS).build())
        .addSources(WIRE.source(), DAILY.source())
        .addReports(
            Report.builder().id(ReportId.of("report:wire-pretoria")).source(WIRE.id()).negotiation(TALKS)
                .addAgreements(AgreementClaim.builder().agreement(DEAL).status(AgreementStatus.SIGNED)
                    .addProvisions(Provision.builder().key("disarmament").addIssues(Issue.DISARMAMENT_DEMOBILIZATION)
                        .description("the TPLF disarms").phase(Phase.of(1, 30))
                        .addEvidence(WIRE.at("the TPLF disarms in a first phase of 30 days")).build())
                    .addEvidence(WIRE.at("signed a permanent cessation of hostilities on Wednesday")).build())
                .addDates(DateClaim.builder().role(DateRole.DEADLINE).agreement(DEAL).provision("heavy-weapons")
                    .phase(1).day(10).addEvidence(WIRE.at("handing over its heavy weapons on Day 10 of that phase"))
                    .build())
                .addRoles(RoleClaim.builder().actor(AU).role(NegotiationRole.MEDIATOR)
                    .addEvidence(WIRE.at("with the African Union mediating")).build())
                .build(),
            Report.builder().id(ReportId.of("report:daily-addis")).source(DAILY.id()).negotiation(TALKS)
                .addAgreements(AgreementClaim.builder().agreement(DEAL).status(AgreementStatus.SIGNED)
                    .addProvisions(Provision.builder().key("disarmament").addIssues(Issue.DISARMAMENT_DEMOBILIZATION)
                        .description("the Tigrayan forces disarm").phase(Phase.of(1, 45))
                        .addEvidence(DAILY.at("gives the Tigrayan forces 45 days to disarm in its first phase")).build())
                    .addEvidence(DAILY.at("The agreement signed in Pretoria")).build())
                .addDates(DateClaim.builder().role(DateRole.DEADLINE).agreement(DEAL).provision("heavy-weapons")
                    .phase(1).day(15).addEvidence(DAILY.at("Heavy weapons are to be handed over on Day 15")).build())
                .addRoles(RoleClaim.builder().actor(AU).role(NegotiationRole.PARTY)
                    .addEvidence(DAILY.at("to which the African Union is a party")).build())
                .build())
        .build();
  }

  private final Reconciliation reconciliation = Reconciler.reconcileAll(dataset()).get(0);

  private Item item(String key) {
    return Article.item(reconciliation, key);
  }

  @Test
  void encodesBothStoriesWithEveryPassageFoundInTheirTextAndTheValidatorPointsAtTheSourceThatCallsTheMediatorAParty() {
    // Every passage is found; the daily's "to which the African Union is a party" goes against the
    // negotiation record, which lists the AU as mediator: the validator says so (a warning).
    assertThat(Article.violations(dataset(), WIRE, DAILY)).extracting(v -> v.severity().wireName() + " " + v.code()
        + " " + v.path() + ": " + v.message()).containsExactly("warning role.against-negotiation /reports/1/roles/0/role:"
        + " the source calls actor:african-union party, but the negotiation record negotiation:pretoria-2022 does not"
        + " list it among the parties [actor:ethiopia, actor:tplf]; it lists it among the mediators");
  }

  @Test
  void findsTheLengthOfThePhaseTheDayOfTheHandoverAndTheRoleOfTheAfricanUnionInConflict() {
    assertThat(item("agreement/agreement:pretoria-cessation-of-hostilities-2022/provision/key:disarmament").conflicts())
        .containsExactly(Conflict.of(ConflictCodes.PHASE, "the sources give the phase different lengths: 30 days,"
            + " 45 days"));
    assertThat(item("date/deadline/agreement:pretoria-cessation-of-hostilities-2022/provision:heavy-weapons")
        .conflicts()).containsExactly(Conflict.of(ConflictCodes.PHASE_DAY, "the sources count different days of phase"
            + " 1: Day 10, Day 15"));
    assertThat(item("role/actor:african-union").conflicts()).containsExactly(Conflict.of(ConflictCodes.ROLE,
        "one source makes the actor a party, another a third party: mediator"));
    // Both say it was signed: that is agreed.
    assertThat(item("agreement/agreement:pretoria-cessation-of-hostilities-2022/status").classification())
        .isEqualTo(Classification.AGREED);
  }
}
