package org.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.About;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.ClaimKind;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.NegotiationRole;
import org.parley.model.ProcessEvent;
import org.parley.model.ProcessEventKind;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.RoleClaim;
import org.parley.model.SourceKind;
import org.parley.model.Stance;
import org.parley.model.Statement;
import org.parley.model.StatementMode;
import org.parley.model.Venue;
import org.parley.reconcile.Classification;
import org.parley.reconcile.Conflict;
import org.parley.reconcile.ConflictCodes;
import org.parley.reconcile.Item;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;

/**
 * A cycle of talks postponed after one side stayed away, with the different reasons two sources
 * give, guarantor states, and a rebel commander who affirms the postponement while giving his own
 * reason.
 */
class ColombiaElnPostponementTest {

  static final Article WIRE = Article.of("source:wire-bogota", SourceKind.WIRE,
      "BOGOTA (Wire) - The Colombian government and the National Liberation Army (ELN) postponed the next cycle of"
          + " talks in Caracas after the rebels declined to attend, citing military attacks on their fighters. Norway"
          + " and Cuba are guarantors of the process.");

  static final Article RADIO = Article.of("source:radio-caracas", SourceKind.NEWS,
      "The talks were postponed because the government had not met its commitments, an ELN commander said.");

  static final ActorId COLOMBIA = ActorId.of("actor:colombia");
  static final ActorId ELN = ActorId.of("actor:eln");
  static final ActorId NORWAY = ActorId.of("actor:norway");
  static final ActorId CUBA = ActorId.of("actor:cuba");
  static final ActorId COMMANDER = ActorId.of("actor:eln-commander-unnamed");
  static final NegotiationId CYCLE = NegotiationId.of("negotiation:colombia-eln-cycle-6");

  static Dataset dataset() {
    return Dataset.builder()
        .addActors(
            Actor.builder().id(COLOMBIA).kind(ActorKind.STATE).name("Colombia").country("COL").addDemonyms("Colombian")
                .build(),
            Actor.builder().id(ELN).kind(ActorKind.ARMED_GROUP).name("National Liberation Army").addAliases("ELN")
                .build(),
            Actor.builder().id(NORWAY).kind(ActorKind.STATE).name("Norway").country("NOR").build(),
            Actor.builder().id(CUBA).kind(ActorKind.STATE).name("Cuba").country("CUB").build(),
            Actor.builder().id(COMMANDER).kind(ActorKind.PERSON).name("an ELN commander").anonymous(true)
                .affiliation(ELN).build())
        .addNegotiations(Negotiation.builder().id(CYCLE).title("Colombia–ELN talks, sixth cycle")
            .addParties(COLOMBIA, ELN).round(6).build())
        .addSources(WIRE.source(), RADIO.source())
        .addReports(
            Report.builder().id(ReportId.of("report:wire-bogota")).source(WIRE.id()).negotiation(CYCLE)
                .addEvents(
                    ProcessEvent.builder().key("cycle-postponed").kind(ProcessEventKind.POSTPONED)
                        .addActors(COLOMBIA, ELN).venue(Venue.builder().name("Caracas").build())
                        .reason("the rebels declined to attend")
                        .addEvidence(WIRE.at("postponed the next cycle of talks in Caracas after the rebels declined to"
                            + " attend")).build(),
                    ProcessEvent.builder().kind(ProcessEventKind.DECLINED).addActors(ELN)
                        .reason("citing military attacks on their fighters")
                        .addEvidence(WIRE.at("the rebels declined to attend, citing military attacks on their fighters"))
                        .build())
                .addRoles(
                    RoleClaim.builder().actor(NORWAY).role(NegotiationRole.GUARANTOR)
                        .addEvidence(WIRE.at("Norway and Cuba are guarantors")).build(),
                    RoleClaim.builder().actor(CUBA).role(NegotiationRole.GUARANTOR)
                        .addEvidence(WIRE.at("Norway and Cuba are guarantors")).build())
                .build(),
            Report.builder().id(ReportId.of("report:radio-caracas")).source(RADIO.id()).negotiation(CYCLE)
                .addEvents(ProcessEvent.builder().key("cycle-postponed").kind(ProcessEventKind.POSTPONED)
                    .reason("the government had not met its commitments")
                    .addEvidence(RADIO.at("The talks were postponed because the government had not met its commitments"))
                    .build())
                .addStatements(Statement.builder().speaker(COMMANDER).onBehalfOf(ELN).mode(StatementMode.PARAPHRASE)
                    .words("the talks were postponed because the government had not met its commitments")
                    .about(About.of(ClaimKind.EVENT, "cycle-postponed")).stance(Stance.AFFIRMS)
                    .addEvidence(RADIO.at("The talks were postponed because the government had not met its commitments,"
                        + " an ELN commander said")).build())
                .build())
        .build();
  }

  private final Reconciliation reconciliation = Reconciler.reconcileAll(dataset()).get(0);

  private Item item(String key) {
    return Article.item(reconciliation, key);
  }

  @Test
  void encodesBothArticlesWithEveryPassageFoundInTheirText() {
    assertThat(Article.violations(dataset(), WIRE, RADIO))
        .isEmpty();
  }

  @Test
  void keepsEachSourcesReasonForThePostponementAndShowsThatTheyDifferWithoutDecidingIt() {
    Item postponed = item("event/key:cycle-postponed");

    // Each source blames the other side: both may be true (the rebels declined because the
    // commitments were not met), so the item is unclear, never agreed.
    assertThat(postponed.classification()).isEqualTo(Classification.UNCLEAR);
    assertThat(postponed.conflicts()).containsExactly(Conflict.of(ConflictCodes.UNCLEAR_REASON,
        "the sources give different reasons: \"the rebels declined to attend\" and \"the government had not met its"
            + " commitments\""));
    assertThat(postponed.positions()).extracting(p -> p.value()).containsExactly(
        "Caracas; because: the rebels declined to attend",
        "because: the government had not met its commitments",
        "affirms: an ELN commander for National Liberation Army (\"the talks were postponed because the government had"
            + " not met its commitments\")");
  }

  @Test
  void whoStayedAwayIsAnEventOfItsOwnWithItsReason() {
    Item declined = item("event/declined/actor:eln");

    assertThat(declined.subject()).isEqualTo("declined (National Liberation Army)");
    assertThat(declined.positions()).extracting(p -> p.value())
        .containsExactly("because: citing military attacks on their fighters");
  }

  @Test
  void guarantorsAreRolesInTheTalks() {
    assertThat(item("role/actor:norway").positions()).extracting(p -> p.value()).containsExactly("guarantor");
  }
}
