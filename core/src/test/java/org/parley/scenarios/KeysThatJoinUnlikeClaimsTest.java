package org.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.Demand;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Outcome;
import org.parley.model.OutcomeKind;
import org.parley.model.OutcomeStatus;
import org.parley.model.ProcessEvent;
import org.parley.model.ProcessEventKind;
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
 * Two short wire stories written for this test about the Doha talks between the Democratic Republic of
 * the Congo and the M23 rebels, encoded by two coders who used the same keys for claims that are not
 * alike: a walk-out each story blames on the other side, who met whom, an absence one story reports as
 * an attendance, and a prisoner release one coder files as a commitment. No key may make them agree.
 */
class KeysThatJoinUnlikeClaimsTest {

  static final Article WIRE = Article.of("source:wire-doha", SourceKind.WIRE,
      "DOHA (Wire) - The M23 delegation walked out of the talks in Doha on Tuesday because the government had not"
          + " freed its fighters. Qatari, Congolese and M23 officials met again on Wednesday. Congolese President"
          + " Felix Tshisekedi did not attend. The rebels demanded the release of their fighters, and the two sides"
          + " agreed to exchange prisoners.");

  static final Article DAILY = Article.of("source:daily-kinshasa", SourceKind.NEWS,
      "The government delegation walked out of the Doha talks after the rebels refused to withdraw from Goma."
          + " Qatari and Congolese officials met on Wednesday, and Tshisekedi attended the closing session."
          + " Kinshasa demanded the release of its soldiers; the rebels only promised to free prisoners.");

  static final ActorId DRC = ActorId.of("actor:drc");
  static final ActorId M23 = ActorId.of("actor:m23");
  static final ActorId QATAR = ActorId.of("actor:qatar");
  static final ActorId TSHISEKEDI = ActorId.of("actor:felix-tshisekedi");
  static final NegotiationId DOHA = NegotiationId.of("negotiation:doha-drc-m23");

  static Dataset dataset() {
    return Dataset.builder()
        .addActors(
            Actor.builder().id(DRC).kind(ActorKind.STATE).name("Democratic Republic of the Congo").addAliases("Kinshasa")
                .addDemonyms("Congolese").country("COD").build(),
            Actor.builder().id(M23).kind(ActorKind.ARMED_GROUP).name("M23").build(),
            Actor.builder().id(QATAR).kind(ActorKind.STATE).name("Qatar").addDemonyms("Qatari").country("QAT").build(),
            Actor.builder().id(TSHISEKEDI).kind(ActorKind.PERSON).name("Félix Tshisekedi").affiliation(DRC).build())
        .addNegotiations(Negotiation.builder().id(DOHA).title("DRC–M23 talks in Doha").addParties(DRC, M23)
            .addMediators(QATAR).build())
        .addSources(WIRE.source(), DAILY.source())
        .addReports(
            Report.builder().id(ReportId.of("report:wire-doha")).source(WIRE.id()).negotiation(DOHA)
                .addEvents(
                    ProcessEvent.builder().key("walk-out").kind(ProcessEventKind.WALKED_OUT).addActors(M23)
                        .reason("the government had not freed its fighters")
                        .addEvidence(WIRE.at("The M23 delegation walked out of the talks in Doha on Tuesday because"
                            + " the government had not freed its fighters")).build(),
                    ProcessEvent.builder().key("wednesday-meeting").kind(ProcessEventKind.ATTENDED)
                        .addActors(QATAR, DRC, M23)
                        .addEvidence(WIRE.at("Qatari, Congolese and M23 officials met again on Wednesday")).build(),
                    ProcessEvent.builder().key("tshisekedi-presence").kind(ProcessEventKind.ABSENT)
                        .addActors(TSHISEKEDI)
                        .addEvidence(WIRE.at("Congolese President Felix Tshisekedi did not attend")).build())
                .addDemands(Demand.builder().key("release-fighters").by(M23).addressee(DRC).issue(Issue.PRISONERS)
                    .description("the release of their fighters")
                    .addEvidence(WIRE.at("The rebels demanded the release of their fighters")).build())
                .addOutcomes(Outcome.builder().key("prisoners").kind(OutcomeKind.AGREEMENT).issue(Issue.PRISONERS)
                    .addParties(DRC, M23).status(OutcomeStatus.AGREED)
                    .addEvidence(WIRE.at("the two sides agreed to exchange prisoners")).build())
                .build(),
            Report.builder().id(ReportId.of("report:daily-kinshasa")).source(DAILY.id()).negotiation(DOHA)
                .addEvents(
                    ProcessEvent.builder().key("walk-out").kind(ProcessEventKind.WALKED_OUT).addActors(DRC)
                        .reason("the rebels refused to withdraw from Goma")
                        .addEvidence(DAILY.at("The government delegation walked out of the Doha talks after the rebels"
                            + " refused to withdraw from Goma")).build(),
                    ProcessEvent.builder().key("wednesday-meeting").kind(ProcessEventKind.ATTENDED)
                        .addActors(QATAR, DRC)
                        .addEvidence(DAILY.at("Qatari and Congolese officials met on Wednesday")).build(),
                    ProcessEvent.builder().key("tshisekedi-presence").kind(ProcessEventKind.ATTENDED)
                        .addActors(TSHISEKEDI)
                        .addEvidence(DAILY.at("Tshisekedi attended the closing session")).build())
                .addDemands(Demand.builder().key("release-fighters").by(DRC).addressee(M23).issue(Issue.PRISONERS)
                    .description("the release of its soldiers")
                    .addEvidence(DAILY.at("Kinshasa demanded the release of its soldiers")).build())
                .addOutcomes(Outcome.builder().key("prisoners").kind(OutcomeKind.COMMITMENT).issue(Issue.PRISONERS)
                    .addParties(M23).status(OutcomeStatus.AGREED)
                    .addEvidence(DAILY.at("the rebels only promised to free prisoners")).build())
                .build())
        .build();
  }

  private final Reconciliation reconciliation = Reconciler.reconcileAll(dataset()).get(0);

  private Item item(String key) {
    return Article.item(reconciliation, key);
  }

  @Test
  void encodesBothStoriesWithEveryPassageFoundInTheirTextAndWarnsWhereAKeyFilesClaimsOfDifferentKinds() {
    assertThat(Article.violations(dataset(), WIRE, DAILY))
        .extracting(v -> v.severity().wireName() + " " + v.code() + " " + v.path())
        .containsExactly("warning key.unlike-kinds /reports/1/outcomes/0/key",
            "warning key.unlike-kinds /reports/1/events/2/key");
  }

  @Test
  void aWalkOutEachStoryBlamesOnTheOtherSideIsAConflictOfActorsWithBothReasonsShown() {
    Item walkOut = item("event/key:walk-out");

    assertThat(walkOut.classification()).isEqualTo(Classification.CONFLICT);
    assertThat(walkOut.conflicts()).containsExactly(
        Conflict.of(ConflictCodes.ACTOR, "the sources name different actors: M23 and Democratic Republic of the Congo"),
        Conflict.of(ConflictCodes.UNCLEAR_REASON, "the sources give different reasons: \"the government had not freed"
            + " its fighters\" and \"the rebels refused to withdraw from Goma\""));
    assertThat(walkOut.positions()).extracting(p -> p.value()).containsExactly(
        "because: the government had not freed its fighters",
        "walked out (Democratic Republic of the Congo): because: the rebels refused to withdraw from Goma");
  }

  @Test
  void aMeetingOneStoryNamesFewerParticipantsOfIsUnclearNotAgreed() {
    Item meeting = item("event/key:wednesday-meeting");

    assertThat(meeting.classification()).isEqualTo(Classification.UNCLEAR);
    assertThat(meeting.conflicts()).containsExactly(Conflict.of(ConflictCodes.UNCLEAR_ACTORS,
        "one source names actors another does not: Democratic Republic of the Congo, M23, Qatar and Democratic"
            + " Republic of the Congo, Qatar"));
  }

  @Test
  void anAbsenceAndAnAttendanceOfOnePersonUnderOneKeyConflict() {
    Item presence = item("event/key:tshisekedi-presence");

    assertThat(presence.classification()).isEqualTo(Classification.CONFLICT);
    assertThat(presence.conflicts()).containsExactly(Conflict.of(ConflictCodes.KIND,
        "the sources report different events under one item: absent, attended"));
  }

  @Test
  void aDemandEachStoryMakesTheOtherSidesConflictsOnWhoDemands() {
    Item demand = item("demand/key:release-fighters");

    assertThat(demand.classification()).isEqualTo(Classification.CONFLICT);
    assertThat(demand.conflicts()).containsExactly(
        Conflict.of(ConflictCodes.ACTOR, "the sources name different actors as the one who demands: M23 and Democratic"
            + " Republic of the Congo"),
        Conflict.of(ConflictCodes.ACTOR, "the sources name different actors as the one demanded of: Democratic"
            + " Republic of the Congo and M23"));
    assertThat(demand.positions()).extracting(p -> p.value()).containsExactly("the release of their fighters",
        "by Democratic Republic of the Congo of M23 on prisoners: the release of its soldiers");
  }

  @Test
  void anAgreementAndOneSidesPromiseUnderOneKeyAreUnclear() {
    Item prisoners = item("outcome/key:prisoners");

    assertThat(prisoners.classification()).isEqualTo(Classification.UNCLEAR);
    assertThat(prisoners.conflicts()).containsExactly(
        Conflict.of(ConflictCodes.UNCLEAR_KIND, "the sources report different outcomes under one item: agreement,"
            + " commitment"),
        Conflict.of(ConflictCodes.UNCLEAR_ACTORS, "one source names actors another does not as its parties: Democratic"
            + " Republic of the Congo, M23 and M23"));
  }

  @Test
  void countsTheUnclearItemsApartInTheTable() {
    assertThat(org.parley.reconcile.ReconciliationTable.render(reconciliation)).startsWith(
        "Reconciliation of negotiation:doha-drc-m23: 2 sources, 5 items (3 in conflict, 2 unclear, 0 from one source"
            + " only, 0 agreed)\n");
  }
}
