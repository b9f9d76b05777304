package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @Test
  void hasThePrecisionItIsGiven() {
    assertThat(PartialDate.of(2025).precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(PartialDate.of(2025, 5).precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(PartialDate.of(2025, 5, 16).precision()).isEqualTo(DatePrecision.DAY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025", "2025-05", "2025-05-16", "2025-05 (Friday)", "2025-05-16 (Friday)", "0001-01-01"})
  void parseAndFormatAreInverse(String text) {
    assertThat(PartialDate.parse(text).format()).isEqualTo(text);
    assertThat(PartialDate.parse(text)).hasToString(text);
  }

  @Test
  void parsesAWeekdayNamedBySource() {
    PartialDate friday = PartialDate.parse("2025-05 (Friday)");

    assertThat(friday.year()).isEqualTo(2025);
    assertThat(friday.month()).hasValue(5);
    assertThat(friday.day()).isEmpty();
    assertThat(friday.dayOfWeek()).contains(DayOfWeek.FRIDAY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "25", "2025-5", "2025-05-16T10:00", "2025/05/16", "2025-05 Friday", "May 2025"})
  void refusesTextNotInTheTextForm(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid partial date \"" + text + "\": expected YYYY, YYYY-MM or YYYY-MM-DD, optionally"
            + " followed by a weekday in parentheses, as in \"2025-05 (Friday)\"");
  }

  @Test
  void refusesAnUnknownWeekday() {
    assertThatThrownBy(() -> PartialDate.parse("2025-05 (Fryday)"))
        .hasMessage("Invalid weekday \"Fryday\" in partial date \"2025-05 (Fryday)\": expected Monday to Sunday");
  }

  @Test
  void refusesMonthThirteenNamingFieldRangeAndValue() {
    assertThatThrownBy(() -> PartialDate.of(2025, 13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for month (valid values 1 - 12): 13");
    assertThatThrownBy(() -> PartialDate.parse("2025-00"))
        .hasMessage("Invalid value for month (valid values 1 - 12): 0");
  }

  @Test
  void refusesDayThirtyTwoAndYearZero() {
    assertThatThrownBy(() -> PartialDate.of(2025, 1, 32)).hasMessage("Invalid value for day (valid values 1 - 31): 32");
    assertThatThrownBy(() -> PartialDate.of(0)).hasMessage("Invalid value for year (valid values 1 - 9999): 0");
  }

  @Test
  void refusesADayWithoutAMonth() {
    assertThatThrownBy(() -> PartialDate.builder().year(2025).day(5).build())
        .hasMessage("Invalid partial date: a day (5) needs a month");
  }

  @Test
  void acceptsThirtiethOfFebruaryForTheValidatorToFlag() {
    PartialDate date = PartialDate.of(2025, 2, 30);

    assertThat(date.isCalendarDate()).isFalse();
    assertThat(PartialDate.of(2024, 2, 29).isCalendarDate()).isTrue();
    assertThat(PartialDate.of(2025, 2).isCalendarDate()).isTrue();
  }

  @Test
  void spansTheDaysItCanMean() {
    assertThat(PartialDate.of(2025).earliest()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(PartialDate.of(2025).latest()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(PartialDate.of(2024, 2).latest()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(PartialDate.of(2025, 5, 16).earliest()).isEqualTo(LocalDate.of(2025, 5, 16));
    assertThat(PartialDate.of(2025, 5, 16).latest()).isEqualTo(LocalDate.of(2025, 5, 16));
  }

  @Test
  void equalsByValue() {
    assertThat(PartialDate.parse("2025-05-16")).isEqualTo(PartialDate.of(LocalDate.of(2025, 5, 16)));
    assertThat(PartialDate.parse("2025-05")).isNotEqualTo(PartialDate.parse("2025-05 (Friday)"));
  }
}
