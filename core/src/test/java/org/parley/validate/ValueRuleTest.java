package org.parley.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.testing.ValidationResultAssert.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.DurationEstimate;
import org.parley.model.DurationQualifier;
import org.parley.model.Outcome;
import org.parley.model.PartialDate;
import org.parley.model.Quantity;
import org.parley.model.Reported;
import org.parley.testing.Fixtures;

class ValueRuleTest {

  private final Validator validator = Validator.builder().texts(Fixtures.texts()).build();

  private Dataset withDate(PartialDate date) {
    return Fixtures.withReport(r -> r.date(Reported.of(date, Fixtures.evidence("on Friday"))));
  }

  @Test
  void rejectsThirtiethOfFebruary() {
    ValidationResult result = validator.validate(withDate(PartialDate.of(2025, 2, 30)));

    assertThat(result).hasOnlyError(Codes.NOT_A_CALENDAR_DATE, "/reports/0/date/value");
    assertThat(result.violations().get(0).message())
        .isEqualTo("2025-02-30 is not a date: month 2 of 2025 has 28 days");
  }

  @Test
  void acceptsTwentyNinthOfFebruaryInALeapYearOnly() {
    assertThat(validator.validate(withDate(PartialDate.of(2024, 2, 29)))).hasNoViolations();
    assertThat(validator.validate(withDate(PartialDate.of(2025, 2, 29))))
        .hasOnlyError(Codes.NOT_A_CALENDAR_DATE, "/reports/0/date/value");
  }

  @Test
  void rejectsThirtyFirstOfAprilAsAPublicationDate() {
    Dataset dataset = Fixtures.withSource(s -> s.publicationDate(PartialDate.of(2025, 4, 31)));

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.NOT_A_CALENDAR_DATE, "/sources/0/publicationDate");
  }

  @Test
  void warnsWhenAFullDateIsNotOnTheWeekdayGivenWithIt() {
    PartialDate fridayThe15th = PartialDate.builder().from(PartialDate.of(2025, 5, 15))
        .dayOfWeek(DayOfWeek.FRIDAY).build();

    ValidationResult result = validator.validate(withDate(fridayThe15th));

    assertThat(result).hasOnlyViolation(Severity.WARNING, Codes.WEEKDAY_MISMATCH, "/reports/0/date/value");
    assertThat(result.violations().get(0).message()).isEqualTo("2025-05-15 (Friday) is a Thursday, not a Friday");
  }

  @Test
  void acceptsAFullDateOnItsWeekday() {
    PartialDate fridayThe16th = PartialDate.builder().from(PartialDate.of(2025, 5, 16))
        .dayOfWeek(DayOfWeek.FRIDAY).build();

    assertThat(validator.validate(withDate(fridayThe16th))).hasNoViolations();
  }

  @Test
  void rejectsADurationOfZeroMinutes() {
    Dataset dataset = Fixtures.withReport(r -> r.duration(
        Reported.of(DurationEstimate.of(0, DurationQualifier.EXACT), Fixtures.evidence("lasted 90 minutes"))));

    assertThat(validator.validate(dataset)).hasOnlyError(Codes.DURATION_NOT_POSITIVE, "/reports/0/duration/value/minutes");
  }

  @Test
  void rejectsAQuantityOfZero() {
    Outcome outcome = Fixtures.report().outcomes().get(0);
    Dataset dataset = Fixtures.withReport(r -> r.outcomes(List.of(Outcome.builder().from(outcome)
        .addQuantities(Quantity.of(0, "bodies")).build())));

    assertThat(validator.validate(dataset))
        .hasOnlyError(Codes.QUANTITY_NOT_POSITIVE, "/reports/0/outcomes/0/quantities/1/amount");
  }

  @Test
  void warnsOfADurationOfMoreThanAThousandYearsAndAQuantityBeyondAnyCount() {
    Outcome outcome = Fixtures.report().outcomes().get(0);
    Dataset dataset = Fixtures.withReport(r -> r
        .duration(Reported.of(DurationEstimate.of(4_600_000_000_000_000_000L, DurationQualifier.OVER),
            Fixtures.evidence("lasted 90 minutes")))
        .outcomes(List.of(Outcome.builder().from(outcome).addQuantities(Quantity.of(2_000_000_000_000_000L, "bodies"))
            .build())));

    assertThat(validator.validate(dataset)).hasViolationsExactly(
        Codes.DURATION_IMPLAUSIBLE + " /reports/0/duration/value/minutes",
        Codes.QUANTITY_IMPLAUSIBLE + " /reports/0/outcomes/0/quantities/1/amount");
  }
}
