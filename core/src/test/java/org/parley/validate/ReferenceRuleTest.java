package org.parley.validate;

import static org.parley.testing.ValidationResultAssert.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.Attribution;
import org.parley.model.Dataset;
import org.parley.model.Delegation;
import org.parley.model.Demand;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.Response;
import org.parley.model.SourceId;
import org.parley.model.Statement;
import org.parley.testing.Fixtures;

class ReferenceRuleTest {

  private static final ActorId NOBODY = ActorId.of("actor:nobody");

  private final Validator validator = Validator.builder().texts(Fixtures.texts()).build();

  @Test
  void rejectsAnUnknownDemander() {
    Dataset dataset = Fixtures.withReport(r -> r.demands(List.of(
        Demand.builder().from(Fixtures.report().demands().get(0)).by(NOBODY).build())));

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.UNKNOWN_ACTOR, "/reports/0/demands/0/by");
  }

  @Test
  void rejectsAnUnknownResponder() {
    Demand demand = Fixtures.report().demands().get(0);
    Dataset dataset = Fixtures.withReport(r -> r.demands(List.of(Demand.builder().from(demand)
        .response(Response.builder().from(demand.response().orElseThrow()).by(NOBODY).build()).build())));

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.UNKNOWN_ACTOR, "/reports/0/demands/0/response/by");
  }

  @Test
  void rejectsAnUnknownSpeaker() {
    Dataset dataset = Fixtures.withReport(r -> r.statements(List.of(
        Statement.builder().from(Fixtures.report().statements().get(0)).speaker(NOBODY).build())));

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.UNKNOWN_ACTOR, "/reports/0/statements/0/speaker");
  }

  @Test
  void rejectsAnUnknownActorInAnAttributionChain() {
    Dataset dataset = Fixtures.withReport(r -> r.statements(List.of(
        Statement.builder().from(Fixtures.report().statements().get(0))
            .attribution(List.of(Attribution.of("sources cited by AP", NOBODY))).build())));

    assertThat(validator.validate(dataset))
        .hasOnlyError(Codes.UNKNOWN_ACTOR, "/reports/0/statements/0/attribution/0/actor");
  }

  @Test
  void rejectsAnUnknownAffiliation() {
    List<Actor> actors = new java.util.ArrayList<>(Fixtures.actors());
    actors.set(3, Actor.builder().from(actors.get(3)).affiliation(NOBODY).build());
    Dataset dataset = Dataset.builder().from(Fixtures.dataset()).actors(actors).build();

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.UNKNOWN_ACTOR, "/actors/3/affiliation");
  }

  @Test
  void rejectsAnUnknownDelegationParty() {
    Delegation russian = Fixtures.report().delegations().get(0);
    Dataset dataset = Fixtures.withReport(r -> r.delegations(List.of(
        Delegation.builder().from(russian).party(NOBODY).build())));

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.UNKNOWN_ACTOR, "/reports/0/delegations/0/party");
  }

  @Test
  void rejectsUnknownActorsInNegotiationsAndSources() {
    Negotiation talks = Fixtures.negotiations().get(0);
    Dataset dataset = Dataset.builder().from(Fixtures.dataset())
        .negotiations(List.of(Negotiation.builder().from(talks).mediators(List.of(NOBODY)).build(),
            Fixtures.negotiations().get(1)))
        .sources(List.of(org.parley.model.Source.builder().from(Fixtures.source()).addCites(NOBODY).build()))
        .build();

    assertThat(validator.validate(dataset)).hasViolationsExactly(
        "reference.unknown-actor /negotiations/0/mediators/0",
        "reference.unknown-actor /sources/0/cites/1");
  }

  @Test
  void rejectsAnUnknownSource() {
    Dataset dataset = Fixtures.withReport(r -> r.source(SourceId.of("source:missing")));

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.UNKNOWN_SOURCE, "/reports/0/source");
  }

  @Test
  void rejectsAnUnknownNegotiation() {
    Dataset dataset = Fixtures.withReport(r -> r.negotiation(NegotiationId.of("negotiation:missing")));

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.UNKNOWN_NEGOTIATION, "/reports/0/negotiation");
  }

  @Test
  void rejectsAnUnknownPreviousRound() {
    Dataset dataset = Dataset.builder().from(Fixtures.dataset())
        .negotiations(List.of(Fixtures.negotiations().get(0)))
        .build();

    assertThat(validator.validate(dataset))
        .hasOnlyError(Codes.UNKNOWN_NEGOTIATION, "/negotiations/0/previousRound");
  }

  @Test
  void rejectsAffiliationsThatLoop() {
    List<Actor> actors = new java.util.ArrayList<>(Fixtures.actors());
    actors.set(0, Actor.builder().from(actors.get(0)).affiliation(Fixtures.MEDINSKY).build());
    Dataset dataset = Dataset.builder().from(Fixtures.dataset()).actors(actors).build();

    ValidationResult result = validator.validate(dataset);

    assertThat(result).hasOnlyError(Codes.AFFILIATION_CYCLE, "/actors/0/affiliation");
    org.assertj.core.api.Assertions.assertThat(result.violations().get(0).message()).isEqualTo(
        "following the affiliations of actor:russia leads back to it after 2 actor(s): actor:russia ->"
            + " actor:vladimir-medinsky -> actor:russia; an actor cannot belong to itself");
  }

  @Test
  void reportsALongCycleOnceWithItsLengthAndAShortExcerpt() {
    List<Actor> actors = new java.util.ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      actors.add(Actor.builder().id(org.parley.model.ActorId.of("actor:m" + i)).kind(org.parley.model.ActorKind.GROUP)
          .name("M" + i).affiliation(org.parley.model.ActorId.of("actor:m" + ((i + 1) % 2000))).build());
    }
    Dataset dataset = Dataset.builder().actors(actors).build();

    ValidationResult result = Validator.standard().validate(dataset);

    assertThat(result).hasOnlyError(Codes.AFFILIATION_CYCLE, "/actors/0/affiliation");
    org.assertj.core.api.Assertions.assertThat(result.violations().get(0).message()).isEqualTo(
        "following the affiliations of actor:m0 leads back to it after 2000 actor(s): actor:m0 -> actor:m1 ->"
            + " actor:m2 -> actor:m3 -> actor:m4 -> actor:m5 -> …; an actor cannot belong to itself");
  }
}
