package org.parley.validate;

import org.parley.model.JsonPointer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.testing.ValidationResultAssert.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorId;
import org.parley.model.Dataset;
import org.parley.model.Demand;
import org.parley.model.Report;
import org.parley.testing.Fixtures;

class ValidatorTest {

  private final Validator validator = Validator.builder().texts(Fixtures.texts()).build();

  @Test
  void acceptsTheCompleteFixtureWithNoViolationAtAll() {
    ValidationResult result = validator.validate(Fixtures.dataset());

    assertThat(result).hasNoViolations();
    assertThat(result.isValid()).isTrue();
  }

  /** The fixture with an unknown source, a self-addressed demand and a demand by an unknown actor. */
  private static Dataset threeViolations() {
    Demand demand = Fixtures.report().demands().get(0);
    return Fixtures.withReport(r -> r
        .source(org.parley.model.SourceId.of("source:missing"))
        .demands(List.of(Demand.builder().from(demand).addressee(demand.by()).build()))
        .addDemands(Demand.builder().from(demand).by(ActorId.of("actor:nobody")).build()));
  }

  @Test
  void reportsEveryViolationNotJustTheFirst() {
    Dataset broken = threeViolations();

    assertThat(validator.validate(broken)).hasViolationsExactly(
        "reference.unknown-actor /reports/0/demands/1/by",
        "reference.unknown-source /reports/0/source",
        "demand.self-addressed /reports/0/demands/0/addressee");
  }

  @Test
  void validateWhileStopsAtTheViolationItIsToldToAndRunsNoFurtherRule() {
    Dataset broken = threeViolations();
    boolean[] laterRuleRan = {false};
    Validator stopping = Validator.builder().texts(Fixtures.texts())
        .addRule((dataset, context) -> laterRuleRan[0] = true).build();
    List<Violation> seen = new java.util.ArrayList<>();

    ValidationResult result = stopping.validateWhile(broken, v -> seen.add(v) && seen.size() < 2);

    assertThat(result).hasViolationsExactly(
        "reference.unknown-actor /reports/0/demands/1/by",
        "reference.unknown-source /reports/0/source");
    assertThat(seen).isEqualTo(result.violations());
    assertThat(laterRuleRan[0]).isFalse();
    assertThat(stopping.validateWhile(broken, v -> true).violations())
        .isEqualTo(stopping.validate(broken).violations()).hasSize(3);
    assertThat(laterRuleRan[0]).isTrue();
  }

  @Test
  void warningsDoNotMakeADatasetInvalid() {
    ValidationResult result = Validator.standard().validate(Fixtures.dataset());

    assertThat(result).hasOnlyViolation(Severity.WARNING, Codes.EVIDENCE_UNCHECKED, "/reports/0/source");
    assertThat(result.isValid()).isTrue();
    assertThat(result.warnings()).hasSize(1);
    assertThat(result.errors()).isEmpty();
  }

  @Test
  void runsRulesThatUsersAdd() {
    Rule everyReportHasAVenue = (dataset, context) -> {
      for (int i = 0; i < dataset.reports().size(); i++) {
        if (dataset.reports().get(i).venue().isEmpty()) {
          context.warning("house.venue-missing", JsonPointer.root().child("reports", i).child("venue"),
              "the report does not say where the talks were");
        }
      }
    };
    Validator withRule = Validator.builder().texts(Fixtures.texts()).addRule(everyReportHasAVenue).build();

    ValidationResult result = withRule.validate(Fixtures.withReport(r -> Report.builder()
        .from(r.build()).venue(java.util.Optional.empty())));

    assertThat(result).hasOnlyViolation(Severity.WARNING, "house.venue-missing", "/reports/0/venue");
  }

  @Test
  void aRuleThatThrowsIsReportedAndTheOtherRulesStillRun() {
    Rule broken = (dataset, context) -> {
      throw new IllegalStateException("bug in a user rule");
    };
    Validator withBrokenRule = Validator.builder().texts(Fixtures.texts()).addRule(broken).build();
    Dataset selfAddressed = Fixtures.withReport(r -> r.demands(List.of(
        Demand.builder().from(Fixtures.report().demands().get(0)).addressee(Fixtures.RUSSIA).build())));

    ValidationResult result = withBrokenRule.validate(selfAddressed);

    assertThat(result).hasViolationsExactly(
        "demand.self-addressed /reports/0/demands/0/addressee",
        "rule.failed ");
    assertThat(result.violations().get(1).message()).contains("bug in a user rule");
  }

  @Test
  void canRunOnlyTheRulesAUserChooses() {
    Rule alwaysWarns = (dataset, context) -> context.warning("house.always", JsonPointer.root(), "always");
    Validator onlyMine = Validator.builder().withoutStandardRules().addRule(alwaysWarns).build();

    assertThat(onlyMine.validate(Fixtures.dataset())).hasOnlyViolation(Severity.WARNING, "house.always", "");
  }

  @Test
  void resultPrintsOneViolationALineAndACount() {
    ValidationResult result = Validator.standard().validate(Fixtures.dataset());

    assertThat(result.toString()).isEqualTo(
        "warning evidence.unchecked /reports/0/source: no text of source:fixture-article was supplied, so the 14"
            + " evidence passage(s) of this report were not checked against it\n"
            + "0 error(s), 1 warning(s)");
  }
}
