package org.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Act;
import org.parley.model.ActKind;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.EventTiming;
import org.parley.model.Issue;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.PartialDate;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.SourceKind;
import org.parley.reconcile.Conflict;
import org.parley.reconcile.ConflictCodes;
import org.parley.reconcile.Item;

/**
 * Two short reports written for this test about the Oman-mediated talks between Iran and the United
 * States: acts of one side or a third party (format 1.2) — a threat with its condition, sanctions, a
 * mediator stepping back — reconciled item by item.
 */
class ActsAndThreatsTest {

  static final Article WIRE = Article.of("source:wire-muscat", SourceKind.WIRE,
      "MUSCAT (Wire) - Trump threatened military action if no new agreement is reached. On Tuesday the United"
          + " States imposed new sanctions on Iran's oil exports. Oman suspended its mediation after the round.");

  static final Article PAPER = Article.of("source:paper-tehran", SourceKind.NEWS,
      "Washington warned of strikes unless Iran accepted a deal within two months. It eased sanctions on Iran on"
          + " Tuesday, officials said.");

  static final ActorId US = ActorId.of("actor:united-states");
  static final ActorId TRUMP = ActorId.of("actor:donald-trump");
  static final ActorId IRAN = ActorId.of("actor:iran");
  static final ActorId OMAN = ActorId.of("actor:oman");
  static final NegotiationId TALKS = NegotiationId.of("negotiation:iran-us-oman-2025");

  static Dataset dataset() {
    return Dataset.builder()
        .addActors(Actor.builder().id(US).kind(ActorKind.STATE).name("United States").country("USA").build(),
            Actor.builder().id(TRUMP).kind(ActorKind.PERSON).name("Donald Trump").affiliation(US).build(),
            Actor.builder().id(IRAN).kind(ActorKind.STATE).name("Iran").country("IRN").build(),
            Actor.builder().id(OMAN).kind(ActorKind.STATE).name("Oman").country("OMN").build())
        .addNegotiations(Negotiation.builder().id(TALKS).title("Iran–US talks mediated by Oman").addParties(IRAN, US)
            .addMediators(OMAN).build())
        .addSources(WIRE.source(), PAPER.source())
        .addReports(
            Report.builder().id(ReportId.of("report:wire-muscat")).source(WIRE.id()).negotiation(TALKS)
                .addActs(Act.builder().key("us-threat").kind(ActKind.THREATENED).by(TRUMP).target(IRAN)
                        .description("military action").condition("if no new agreement is reached")
                        .addEvidence(WIRE.at("Trump threatened military action if no new agreement is reached")).build(),
                    Act.builder().key("oil-sanctions").kind(ActKind.IMPOSED_SANCTIONS).by(US).target(IRAN)
                        .issue(Issue.SANCTIONS).date(PartialDate.of(2025, 5, 13))
                        .addEvidence(WIRE.at("On Tuesday the United States imposed new sanctions on Iran's oil"
                            + " exports")).build(),
                    Act.builder().kind(ActKind.SUSPENDED_ROLE).by(OMAN).timing(EventTiming.AFTER)
                        .addEvidence(WIRE.at("Oman suspended its mediation after the round")).build())
                .build(),
            Report.builder().id(ReportId.of("report:paper-tehran")).source(PAPER.id()).negotiation(TALKS)
                .addActs(Act.builder().key("us-threat").kind(ActKind.THREATENED).by(US).target(IRAN)
                        .description("strikes").condition("unless Iran accepted a deal within two months")
                        .addEvidence(PAPER.at("Washington warned of strikes unless Iran accepted a deal within two"
                            + " months")).build(),
                    Act.builder().key("oil-sanctions").kind(ActKind.LIFTED_SANCTIONS).by(US).target(IRAN)
                        .date(PartialDate.of(2025, 5, 13))
                        .addEvidence(PAPER.at("It eased sanctions on Iran on Tuesday")).build())
                .build())
        .build();
  }

  private static Map<String, Item> items() {
    return Article.items(dataset());
  }

  @Test
  void encodesBothReportsWithEveryPassageFoundInItsTextAndTheValidatorAsksAboutTheKeyOfUnlikeActs() {
    // The two stories tell one act the opposite ways: the coder keeps one key on purpose, and is asked.
    assertThat(Article.violations(dataset(), WIRE, PAPER)).extracting(v -> v.code() + " " + v.path())
        .containsExactly("key.unlike-kinds /reports/1/acts/1/key");
  }

  @Test
  void reconcilesEachActItemByItem() {
    assertThat(items().values()).extracting(i -> i.key() + " " + i.classification().wireName())
        .containsExactlyInAnyOrder(
            "act/key:us-threat unclear",
            "act/key:oil-sanctions conflict",
            "act/suspended_role/by:actor:oman single_source");
  }

  @Test
  void aThreatWithOtherConditionsIsUnclearAndItsSpeakerCountsAsTheSideHeSpeaksFor() {
    Item threat = items().get("act/key:us-threat");

    // Trump and Washington are one side; the two conditions are in words the rules cannot compare.
    assertThat(threat.conflicts()).containsExactly(Conflict.of(ConflictCodes.UNCLEAR_REASON,
        "the sources give different conditions: if no new agreement is reached; unless Iran accepted a deal within"
            + " two months"));
    assertThat(threat.positions()).extracting(p -> p.value()).containsExactly(
        "threatened (Donald Trump against Iran): military action; on condition: if no new agreement is reached",
        "threatened (United States against Iran): strikes; on condition: unless Iran accepted a deal within two"
            + " months");
  }

  @Test
  void sanctionsImposedAgainstSanctionsEasedConflict() {
    Item sanctions = items().get("act/key:oil-sanctions");

    assertThat(sanctions.conflicts()).extracting(Conflict::code).containsExactly(ConflictCodes.KIND);
    assertThat(sanctions.conflicts().get(0).message())
        .isEqualTo("the sources report different acts under one item: imposed sanctions, lifted sanctions");
  }

  @Test
  void aMediatorSteppingBackIsTheMediatorsAct() {
    Item step = items().get("act/suspended_role/by:actor:oman");

    assertThat(step.subject()).isEqualTo("act suspended role (Oman)");
    assertThat(step.positions()).extracting(p -> p.value()).containsExactly("after the talks");
    assertThat(org.parley.testing.AgreedItems.unlike(dataset())).isEmpty();
  }
}
