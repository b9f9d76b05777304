package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationEstimateTest {

  @Test
  void recordsTheFigureAndHowTheSourceQualifiesIt() {
    assertThat(DurationEstimate.under(Duration.ofHours(2)))
        .isEqualTo(DurationEstimate.of(120, DurationQualifier.UNDER));
    assertThat(DurationEstimate.exact(Duration.ofMinutes(90)))
        .isEqualTo(DurationEstimate.of(90, DurationQualifier.EXACT));
    assertThat(DurationEstimate.about(Duration.ofHours(1)).qualifier()).isEqualTo(DurationQualifier.ABOUT);
    assertThat(DurationEstimate.over(Duration.ofHours(3)).minutes()).isEqualTo(180);
  }

  @Test
  void distinguishesUnderTwoHoursFromTwoHours() {
    assertThat(DurationEstimate.under(Duration.ofHours(2))).isNotEqualTo(DurationEstimate.exact(Duration.ofHours(2)));
  }

  @Test
  void printsForPeopleInTheLargestWholeUnitWithTheWordsOfQuantities() {
    assertThat(DurationEstimate.under(Duration.ofHours(2))).hasToString("less than 2 hours");
    assertThat(DurationEstimate.exact(Duration.ofMinutes(90))).hasToString("90 minutes");
    assertThat(DurationEstimate.of(1, DurationQualifier.ABOUT)).hasToString("about 1 minute");
    assertThat(DurationEstimate.exact(Duration.ofHours(1))).hasToString("1 hour");
    assertThat(DurationEstimate.over(Duration.ofDays(3 * 365))).hasToString("more than 3 years");
    assertThat(DurationEstimate.about(Duration.ofDays(42))).hasToString("about 42 days");
    assertThat(DurationEstimate.exact(Duration.ofDays(366))).hasToString("366 days");
    assertThat(DurationEstimate.exact(Duration.ZERO)).hasToString("0 minutes");
  }

  @Test
  void refusesANegativeLength() {
    assertThatThrownBy(() -> DurationEstimate.of(-5, DurationQualifier.EXACT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for duration minutes (must not be negative): -5");
    assertThatThrownBy(() -> DurationEstimate.exact(Duration.ofMinutes(-1)))
        .hasMessage("Invalid value for duration (whole minutes, not negative): PT-1M");
  }

  @Test
  void refusesPartsOfAMinute() {
    assertThatThrownBy(() -> DurationEstimate.about(Duration.ofSeconds(90)))
        .hasMessage("Invalid value for duration (whole minutes, not negative): PT1M30S");
  }

  @Test
  void givesItsFigureAsADuration() {
    assertThat(DurationEstimate.of(90, DurationQualifier.EXACT).duration()).isEqualTo(Duration.ofMinutes(90));
  }
}
