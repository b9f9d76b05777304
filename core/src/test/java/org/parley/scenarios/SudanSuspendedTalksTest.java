package org.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.About;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.ClaimKind;
import org.parley.model.Dataset;
import org.parley.model.FactClaim;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.NegotiationRole;
import org.parley.model.PartialDate;
import org.parley.model.ProcessEvent;
import org.parley.model.ProcessEventKind;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.RoleClaim;
import org.parley.model.RoundFormat;
import org.parley.model.SourceKind;
import org.parley.model.Stance;
import org.parley.model.Statement;
import org.parley.model.StatementMode;
import org.parley.reconcile.Classification;
import org.parley.reconcile.Conflict;
import org.parley.reconcile.ConflictCodes;
import org.parley.reconcile.Item;
import org.parley.reconcile.Reconciler;
import org.parley.reconcile.Reconciliation;

/**
 * A round of talks that was suspended after a walk-out, as two sources report it: the process as
 * events with their reasons, a spokesman speaking for his force, a denial that shows as a
 * disagreement, an unnamed official kept as an anonymous speaker, and third-party roles that sources
 * word differently (facilitator, mediator) without conflicting.
 */
class SudanSuspendedTalksTest {

  static final Article WIRE = Article.of("source:wire-jeddah", SourceKind.WIRE,
      "JEDDAH, Saudi Arabia (Wire) - Talks between Sudan's army and the paramilitary Rapid Support Forces were"
          + " suspended on Thursday, Saudi Arabia and the United States, which facilitate the negotiations, said in a"
          + " joint statement. The army delegation walked out on Wednesday, accusing the RSF of violating a short-term"
          + " ceasefire. An RSF spokesman denied the accusation. A new round is expected in two weeks, a Saudi"
          + " official said, speaking on condition of anonymity.");

  static final Article DAILY = Article.of("source:daily-khartoum", SourceKind.NEWS,
      "Sudan's army withdrew its delegation from the Jeddah talks, mediated by Saudi Arabia and the United States,"
          + " after the RSF violated the ceasefire, the army said on Wednesday.");

  static final ActorId ARMY = ActorId.of("actor:sudanese-armed-forces");
  static final ActorId RSF = ActorId.of("actor:rapid-support-forces");
  static final ActorId SAUDI = ActorId.of("actor:saudi-arabia");
  static final ActorId US = ActorId.of("actor:united-states");
  static final ActorId RSF_SPOKESMAN = ActorId.of("actor:rsf-spokesman");
  static final ActorId SAUDI_OFFICIAL = ActorId.of("actor:saudi-official-unnamed");
  static final NegotiationId JEDDAH = NegotiationId.of("negotiation:jeddah-talks-round-2");

  static Dataset dataset() {
    return Dataset.builder()
        .addActors(
            Actor.builder().id(ARMY).kind(ActorKind.STATE_FORCE).name("Sudanese Armed Forces")
                .addAliases("Sudan's army", "the army").build(),
            Actor.builder().id(RSF).kind(ActorKind.ARMED_GROUP).name("Rapid Support Forces").addAliases("RSF").build(),
            Actor.builder().id(SAUDI).kind(ActorKind.STATE).name("Saudi Arabia").country("SAU").addDemonyms("Saudi")
                .build(),
            Actor.builder().id(US).kind(ActorKind.STATE).name("United States").country("USA").build(),
            Actor.builder().id(RSF_SPOKESMAN).kind(ActorKind.PERSON).name("An RSF spokesman").anonymous(true)
                .affiliation(RSF).build(),
            Actor.builder().id(SAUDI_OFFICIAL).kind(ActorKind.PERSON).name("a Saudi official").anonymous(true)
                .affiliation(SAUDI).build())
        .addNegotiations(Negotiation.builder().id(JEDDAH).title("Jeddah talks on Sudan, second round")
            .addParties(ARMY, RSF).addMediators(SAUDI, US).round(2).format(RoundFormat.INDIRECT).build())
        .addSources(WIRE.source(), DAILY.source())
        .addReports(wire(), daily())
        .build();
  }

  static Report wire() {
    return Report.builder().id(ReportId.of("report:wire-jeddah")).source(WIRE.id()).negotiation(JEDDAH)
        .addEvents(
            ProcessEvent.builder().key("suspension").kind(ProcessEventKind.SUSPENDED).addActors(SAUDI, US)
                .date(PartialDate.parse("2023-06 (Thursday)"))
                .addEvidence(WIRE.at("were suspended on Thursday")).build(),
            ProcessEvent.builder().key("army-walk-out").kind(ProcessEventKind.WALKED_OUT).addActors(ARMY)
                .date(PartialDate.parse("2023-06 (Wednesday)"))
                .reason("accusing the RSF of violating a short-term ceasefire")
                .addEvidence(WIRE.at("The army delegation walked out on Wednesday, accusing the RSF of violating a"
                    + " short-term ceasefire"))
                .note("the article names the weekday only; the month is that of the suspension").build(),
            ProcessEvent.builder().key("next-round").kind(ProcessEventKind.NEXT_ROUND_SCHEDULED)
                .description("a new round is expected in two weeks")
                .addEvidence(WIRE.at("A new round is expected in two weeks")).build())
        .addFacts(FactClaim.builder().key("rsf-ceasefire-violation").description("the RSF violated a short-term ceasefire")
            .actor(RSF).addEvidence(WIRE.at("accusing the RSF of violating a short-term ceasefire")).build())
        .addRoles(
            RoleClaim.builder().actor(SAUDI).role(NegotiationRole.FACILITATOR)
                .addEvidence(WIRE.at("Saudi Arabia and the United States, which facilitate the negotiations")).build(),
            RoleClaim.builder().actor(US).role(NegotiationRole.FACILITATOR)
                .addEvidence(WIRE.at("Saudi Arabia and the United States, which facilitate the negotiations")).build())
        .addStatements(
            Statement.builder().speaker(RSF_SPOKESMAN).onBehalfOf(RSF).mode(StatementMode.PARAPHRASE)
                .words("denied the accusation").about(About.of(ClaimKind.FACT, "rsf-ceasefire-violation"))
                .stance(Stance.DENIES).addEvidence(WIRE.at("An RSF spokesman denied the accusation")).build(),
            Statement.builder().speaker(SAUDI_OFFICIAL).mode(StatementMode.PARAPHRASE)
                .words("a new round is expected in two weeks").about(About.of(ClaimKind.EVENT, "next-round"))
                .stance(Stance.PREDICTS)
                .addEvidence(WIRE.at("A new round is expected in two weeks, a Saudi official said, speaking on"
                    + " condition of anonymity")).build())
        .build();
  }

  static Report daily() {
    return Report.builder().id(ReportId.of("report:daily-khartoum")).source(DAILY.id()).negotiation(JEDDAH)
        .addEvents(ProcessEvent.builder().key("army-walk-out").kind(ProcessEventKind.WITHDREW).addActors(ARMY)
            .date(PartialDate.parse("2023-06 (Wednesday)"))
            .reason("after the RSF violated the ceasefire")
            .addEvidence(DAILY.at("Sudan's army withdrew its delegation from the Jeddah talks"),
                DAILY.at("the army said on Wednesday")).build())
        .addFacts(FactClaim.builder().key("rsf-ceasefire-violation").description("the RSF violated the ceasefire")
            .actor(RSF).addEvidence(DAILY.at("the RSF violated the ceasefire")).build())
        .addRoles(
            RoleClaim.builder().actor(SAUDI).role(NegotiationRole.MEDIATOR)
                .addEvidence(DAILY.at("mediated by Saudi Arabia and the United States")).build(),
            RoleClaim.builder().actor(US).role(NegotiationRole.MEDIATOR)
                .addEvidence(DAILY.at("mediated by Saudi Arabia and the United States")).build())
        .build();
  }

  private final Reconciliation reconciliation = Reconciler.reconcileAll(dataset()).get(0);

  private Item item(String key) {
    return Article.item(reconciliation, key);
  }

  @Test
  void encodesBothArticlesWithEveryPassageFoundInTheirTextAndWarnsThatOneKeyFilesAWalkOutAndAWithdrawal() {
    assertThat(Article.violations(dataset(), WIRE, DAILY))
        .extracting(v -> v.severity().wireName() + " " + v.code() + " " + v.path() + ": " + v.message())
        .containsExactly("warning key.unlike-kinds /reports/1/events/0/key: the key \"army-walk-out\" files this"
            + " withdrew claim under the item of the walked out claim at /reports/0/events/1; claims under one key"
            + " are compared as one thing, so give each its own key unless they tell the same thing");
  }

  @Test
  void oneEventReportedInDifferentWordsIsOneItemWithBothReasonsWhichTheRulesCannotCompare() {
    Item walkOut = item("event/key:army-walk-out");

    // Walked out and withdrew may be one thing in other words, and the reasons are the sources'
    // words: alike to a reader, but no rule can tell that they are one, so the item is unclear.
    assertThat(walkOut.classification()).isEqualTo(Classification.UNCLEAR);
    assertThat(walkOut.conflicts()).containsExactly(
        Conflict.of(ConflictCodes.UNCLEAR_KIND, "the sources report different events under one item: walked out,"
            + " withdrew"),
        Conflict.of(ConflictCodes.UNCLEAR_REASON, "the sources give different reasons: \"accusing the RSF of"
            + " violating a short-term ceasefire\" and \"after the RSF violated the ceasefire\""));
    assertThat(walkOut.positions()).extracting(p -> p.value()).containsExactly(
        "2023-06 (Wednesday); because: accusing the RSF of violating a short-term ceasefire",
        "withdrew (Sudanese Armed Forces): 2023-06 (Wednesday); because: after the RSF violated the ceasefire");
  }

  @Test
  void aDenialByOneSideIsADisagreementWithWhatTheSourcesReport() {
    Item violation = item("fact/key:rsf-ceasefire-violation");

    assertThat(violation.classification()).isEqualTo(Classification.CONFLICT);
    assertThat(violation.conflicts()).containsExactly(Conflict.of(ConflictCodes.STANCE,
        "denies: An RSF spokesman for Rapid Support Forces (\"denied the accusation\"), against what is reported"));
  }

  @Test
  void anUnnamedOfficialIsKeptAsAnAnonymousSpeakerUnderTheEventHeSpeaksTo() {
    Item next = item("event/key:next-round");

    assertThat(next.classification()).isEqualTo(Classification.SINGLE_SOURCE);
    assertThat(next.positions()).extracting(p -> p.value()).containsExactly("reported",
        "predicts: a Saudi official (\"a new round is expected in two weeks\")");
    assertThat(dataset().actors()).filteredOn(a -> a.anonymous()).extracting(a -> a.id().value())
        .containsExactly("actor:rsf-spokesman", "actor:saudi-official-unnamed");
  }

  @Test
  void facilitatorAndMediatorAreBothThirdPartiesAndDoNotConflictButAreUnclear() {
    assertThat(item("role/actor:saudi-arabia").classification()).isEqualTo(Classification.UNCLEAR);
    assertThat(item("role/actor:saudi-arabia").conflicts()).containsExactly(Conflict.of(ConflictCodes.UNCLEAR_KIND,
        "the sources give the actor different roles: facilitator, mediator"));
    assertThat(item("role/actor:saudi-arabia").positions()).extracting(p -> p.value())
        .containsExactly("facilitator", "mediator");
  }

  @Test
  void aPartyCalledAMediatorElsewhereIsAConflictOfRoles() {
    Report changed = Report.builder().from(daily()).addRoles(RoleClaim.builder().actor(ARMY)
        .role(NegotiationRole.OBSERVER).addEvidence(DAILY.at("Sudan's army")).build()).build();
    Report party = Report.builder().from(wire()).addRoles(RoleClaim.builder().actor(ARMY)
        .role(NegotiationRole.PARTY).addEvidence(WIRE.at("Sudan's army")).build()).build();

    Item army = Reconciler.of(dataset()).reconcile(dataset().negotiations().get(0), java.util.List.of(party, changed))
        .items().stream().filter(i -> i.key().equals("role/actor:sudanese-armed-forces")).findFirst().orElseThrow();

    assertThat(army.conflicts()).containsExactly(Conflict.of(ConflictCodes.ROLE,
        "one source makes the actor a party, another a third party: observer"));
  }
}
