package org.parley.validate;

import org.parley.model.JsonPointer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.Demand;
import org.parley.model.Evidence;
import org.parley.model.Outcome;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.SourceId;
import org.parley.testing.Fixtures;
import org.parley.testing.RandomDatasets;

class ValidationSessionTest {

  private static List<String> lines(List<Violation> violations) {
    return violations.stream().map(Violation::toString).sorted().collect(Collectors.toList());
  }

  private static List<Violation> streamed(Validator validator, Dataset dataset) {
    ValidationSession session = validator.session();
    dataset.actors().forEach(session::add);
    dataset.negotiations().forEach(session::add);
    dataset.agreements().forEach(session::add);
    dataset.sources().forEach(session::add);
    List<Violation> found = new ArrayList<>();
    for (int i = 0; i < dataset.reports().size(); i++) {
      found.addAll(session.check(dataset.reports().get(i), JsonPointer.root().child("reports", i)));
    }
    found.addAll(session.finish());
    return found;
  }

  private static Dataset withManyFaults() {
    Report report = Fixtures.report();
    Demand demand = report.demands().get(0);
    Outcome outcome = report.outcomes().get(0);
    Report second = Report.builder().from(report)
        .id(ReportId.of("report:second"))
        .demands(List.of(Demand.builder().from(demand).addressee(demand.by()).build()))
        .outcomes(List.of(Outcome.builder().from(outcome).evidence(List.of(Evidence.of("nowhere", 3))).build()))
        .build();
    Report third = Report.builder().from(report).source(SourceId.of("source:missing")).build();
    return Dataset.builder().from(Fixtures.dataset())
        .addActors(Actor.builder().id(Fixtures.RUSSIA).kind(ActorKind.STATE).name("Russia again").build())
        .addReports(second, third)
        .build();
  }

  @Test
  void findsTheSameViolationsAsValidatingTheWholeDataset() {
    Validator validator = Validator.builder().texts(Fixtures.texts()).build();
    Dataset dataset = withManyFaults();

    List<String> whole = lines(validator.validate(dataset).violations());

    assertThat(whole).hasSize(6);
    assertThat(lines(streamed(validator, dataset))).isEqualTo(whole);
  }

  @Test
  void findsTheSameViolationsOnRandomDatasets() {
    Validator validator = Validator.standard();
    for (long seed = 0; seed < 300; seed++) {
      Dataset dataset = RandomDatasets.of(seed);
      assertThat(lines(streamed(validator, dataset))).as("seed %d", seed)
          .isEqualTo(lines(validator.validate(dataset).violations()));
    }
  }

  @Test
  void placesAUsersRuleViolationsAtTheReportsOwnLocation() {
    Rule noTrump = (dataset, context) -> Walk.each(dataset.reports(), Walk.REPORTS, (report, at) -> {
      if (report.titles().stream().anyMatch(t -> t.person().equals(Fixtures.TRUMP))) {
        context.warning("house.mentions-trump", at.child("titles"), "mentions Trump");
      }
    });
    ValidationSession session = Validator.builder().texts(Fixtures.texts()).addRule(noTrump).build().session();
    Fixtures.actors().forEach(session::add);
    Fixtures.negotiations().forEach(session::add);
    session.add(Fixtures.source());

    List<Violation> found = session.check(Fixtures.report(), JsonPointer.root().child("report"));

    assertThat(lines(found)).containsExactly("warning house.mentions-trump /report/titles: mentions Trump");
    assertThat(session.finish()).isEmpty();
  }

  @Test
  void reportsADuplicateReportIdAcrossChecks() {
    ValidationSession session = Validator.builder().texts(Fixtures.texts()).build().session();
    Fixtures.actors().forEach(session::add);
    Fixtures.negotiations().forEach(session::add);
    session.add(Fixtures.source());

    // As in a JSON Lines file: every report at /report, each named by its line.
    JsonPointer report = JsonPointer.root().child("report");
    assertThat(session.check(Fixtures.report(), report, "line 12")).isEmpty();
    assertThat(lines(session.check(Fixtures.report(), report, "line 13"))).containsExactly(
        "error id.duplicate /report/id: id report:fixture-article is already used by line 12; ids must be unique",
        "warning report.duplicate-account /report/source: report report:fixture-article is a second account by"
            + " source:fixture-article of negotiation:istanbul-2025 (the first is line 12); one report per source"
            + " and negotiation keeps sources apart");
  }

  @Test
  void checksTheEvidenceOfAReportWhoseSourceCameAfterAnEarlierReportOfIt() {
    ValidationSession session = Validator.builder().texts(Fixtures.texts()).build().session();
    Fixtures.actors().forEach(session::add);
    Fixtures.negotiations().forEach(session::add);
    JsonPointer at = JsonPointer.root().child("report");
    Report early = Report.builder().from(Fixtures.report()).id(ReportId.of("report:early")).build();
    Outcome outcome = Fixtures.report().outcomes().get(0);
    Report late = Report.builder().from(Fixtures.report())
        .outcomes(List.of(Outcome.builder().from(outcome).evidence(List.of(Evidence.of("nowhere", 3))).build()))
        .build();

    // Before its source: the source is unknown, and its text is not looked for.
    assertThat(session.check(early, at, "line 5")).extracting(Violation::code).containsExactly(Codes.UNKNOWN_SOURCE);
    session.add(Fixtures.source());
    // After it: the text is found, though it was asked for before, and the passage is checked.
    assertThat(session.check(late, at, "line 9")).extracting(Violation::code, v -> v.path().toString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Codes.DUPLICATE_ACCOUNT, "/report/source"),
            org.assertj.core.groups.Tuple.tuple(Codes.EVIDENCE_TEXT_MISMATCH, "/report/outcomes/0/evidence/0/text"));
  }

  @Test
  void keepsOfAnActorWhatTheStandardRulesReadAndAllOfItForAUsersRule() {
    Actor full = Actor.builder().id(ActorId.of("actor:a")).kind(ActorKind.PERSON).name("Anna")
        .addAliases("A.").addDemonyms("Annan").wikidataId("Q1").country("UKR").affiliation(Fixtures.UKRAINE)
        .anonymous(true).build();

    Actor kept = ValidationSession.essentials(full);

    assertThat(kept.id()).isEqualTo(full.id());
    assertThat(kept.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(kept.affiliation()).contains(Fixtures.UKRAINE);
    assertThat(kept.anonymous()).isTrue();
    assertThat(kept.name()).isEqualTo("actor:a");
    assertThat(kept.aliases()).isEmpty();
    assertThat(kept.demonyms()).isEmpty();
    assertThat(kept.wikidataId()).isEmpty();
    assertThat(kept.country()).isEmpty();
    assertThat(ValidationSession.essentials(kept)).isSameAs(kept);

    List<String> names = new ArrayList<>();
    Rule seesNames = (dataset, context) -> dataset.actors().forEach(a -> names.add(a.name()));
    ValidationSession session = Validator.builder().addRule(seesNames).build().session();
    session.add(full);
    session.finish();
    assertThat(names).containsExactly("Anna");
  }

  @Test
  void checksAcrossReportsHereAndTheRestOnAWorkerAsCheckDoes() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      for (long seed = 0; seed < 100; seed++) {
        Dataset dataset = seed == 0 ? withManyFaults() : RandomDatasets.of(seed);
        Validator validator = Validator.builder().texts(Fixtures.texts()).build();
        ValidationSession whole = validator.session();
        ValidationSession split = validator.session();
        for (ValidationSession session : List.of(whole, split)) {
          dataset.actors().forEach(session::add);
          dataset.negotiations().forEach(session::add);
          dataset.agreements().forEach(session::add);
          dataset.sources().forEach(session::add);
        }
        assertThat(split.checksInParallel()).isTrue();
        ValidationSession.Worker worker = split.worker();
        JsonPointer at = JsonPointer.root().child("report");
        for (int i = 0; i < dataset.reports().size(); i++) {
          Report report = dataset.reports().get(i);
          List<Violation> expected = whole.check(report, at, "line " + i);
          List<Violation> found = new ArrayList<>(split.checkAcross(report, at, "line " + i));
          found.addAll(pool.submit(() -> worker.checkAlone(report, at)).get());

          assertThat(found).as("seed %d, report %d", seed, i).isEqualTo(expected);
        }
        assertThat(split.finish()).isEqualTo(whole.finish());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void checksReportsOnlyHereWhenAUsersRuleRuns() {
    ValidationSession session = Validator.builder().addRule((dataset, context) -> { }).build().session();

    assertThat(session.checksInParallel()).isFalse();
    assertThatThrownBy(session::worker).isInstanceOf(IllegalStateException.class)
        .hasMessage("a session with rules of its own checks its reports with check()");
  }

  @Test
  void takesNoRecordsAfterItHasFinished() {
    ValidationSession session = Validator.standard().session();
    session.finish();

    assertThatThrownBy(() -> session.add(Actor.builder().id(ActorId.of("actor:a")).kind(ActorKind.STATE).name("A").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the validation session has finished");
  }
}
