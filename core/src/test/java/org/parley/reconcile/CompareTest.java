package org.parley.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.DurationEstimate;
import org.parley.model.DurationQualifier;
import org.parley.model.OutcomeStatus;
import org.parley.model.PartialDate;
import org.parley.model.Venue;

class CompareTest {

  private static PartialDate friday(int year, int month) {
    return PartialDate.builder().year(year).month(month).dayOfWeek(DayOfWeek.FRIDAY).build();
  }

  @Test
  void aWeekdayFitsTheDateThatFallsOnIt() {
    assertThat(Compare.dates(List.of(friday(2025, 5), PartialDate.of(2025, 5, 16)))).isEmpty();
  }

  @Test
  void aWeekdayConflictsWithADateOnAnotherDay() {
    assertThat(Compare.dates(List.of(friday(2025, 5), PartialDate.of(2025, 5, 15))))
        .contains("no day fits 2025-05 (Friday), 2025-05-15: 2025-05-15 is no Friday");
  }

  @Test
  void datesOfDifferentPrecisionAgreeWhenTheyOverlap() {
    assertThat(Compare.dates(List.of(PartialDate.of(2025), PartialDate.of(2025, 5), PartialDate.of(2025, 5, 16))))
        .isEmpty();
    assertThat(Compare.dates(List.of(PartialDate.of(2025, 5), PartialDate.of(2025, 6, 1))))
        .contains("no single day fits 2025-05, 2025-06-01");
  }

  @Test
  void twoFullDatesAgreeOnlyWhenEqual() {
    assertThat(Compare.dates(List.of(PartialDate.of(2025, 5, 16), PartialDate.of(2025, 5, 16)))).isEmpty();
    assertThat(Compare.dates(List.of(PartialDate.of(2025, 5, 15), PartialDate.of(2025, 5, 16)))).isPresent();
  }

  @Test
  void differentWeekdaysConflict() {
    PartialDate thursday = PartialDate.builder().year(2025).month(5).dayOfWeek(DayOfWeek.THURSDAY).build();

    assertThat(Compare.dates(List.of(friday(2025, 5), thursday))).contains("the sources name different weekdays");
  }

  @Test
  void ninetyMinutesFitsUnderTwoHours() {
    assertThat(Compare.durations(List.of(DurationEstimate.exact(Duration.ofMinutes(90)),
        DurationEstimate.under(Duration.ofHours(2))))).isEmpty();
  }

  @Test
  void ninetyMinutesConflictsWithTwoHours() {
    assertThat(Compare.durations(List.of(DurationEstimate.exact(Duration.ofMinutes(90)),
        DurationEstimate.exact(Duration.ofHours(2))))).contains("no length fits 90 minutes, 2 hours");
  }

  @Test
  void underIsStrictSoTwoHoursConflictsWithUnderTwoHours() {
    assertThat(Compare.durations(List.of(DurationEstimate.exact(Duration.ofHours(2)),
        DurationEstimate.under(Duration.ofHours(2))))).isPresent();
    assertThat(Compare.durations(List.of(DurationEstimate.exact(Duration.ofMinutes(119)),
        DurationEstimate.under(Duration.ofHours(2))))).isEmpty();
  }

  @Test
  void overAndAboutAreIntervalsToo() {
    assertThat(Compare.durations(List.of(DurationEstimate.over(Duration.ofHours(1)),
        DurationEstimate.exact(Duration.ofMinutes(60))))).isPresent();
    assertThat(Compare.durations(List.of(DurationEstimate.over(Duration.ofHours(1)),
        DurationEstimate.exact(Duration.ofMinutes(61))))).isEmpty();
    assertThat(Compare.durations(List.of(DurationEstimate.of(100, DurationQualifier.ABOUT),
        DurationEstimate.exact(Duration.ofMinutes(115))))).isEmpty();
    assertThat(Compare.durations(List.of(DurationEstimate.of(100, DurationQualifier.ABOUT),
        DurationEstimate.exact(Duration.ofMinutes(116))))).isPresent();
  }

  @Test
  void venueSpellingsAgree() {
    assertThat(Compare.venues(Venue.of("Dolmabahçe Palace", "Istanbul"), Venue.of("Dolmabahce Palace", "Istanbul")))
        .isTrue();
    assertThat(Compare.venues(Venue.of("Dolmabahçe Presidential Office", "Istanbul"),
        Venue.builder().name("Turkish Presidency’s Dolmabahce office").build())).isTrue();
  }

  @Test
  void venuesConflictOnTheCityOrWithNoDistinctiveWordInCommon() {
    assertThat(Compare.venues(Venue.of("Dolmabahçe Palace", "Istanbul"), Venue.of("Dolmabahçe Palace", "Ankara")))
        .isFalse();
    assertThat(Compare.venues(Venue.of("Dolmabahçe Palace", "Istanbul"), Venue.of("Çırağan Palace", "Istanbul")))
        .isFalse();
  }

  private static boolean titles(String a, String b) {
    // As ActorResolver builds it from the actors' names, aliases and demonyms.
    Map<String, String> countries = Map.of("turkiye", "actor:turkiye", "turkish", "actor:turkiye",
        "ukrainian", "actor:ukraine", "us", "actor:united-states", "russian", "actor:russia");
    return Compare.titles(Compare.titleWords(a, countries), Compare.titleWords(b, countries));
  }

  @Test
  void titlesAgreeAcrossSpellingsAndCountryForms() {
    assertThat(titles("Türkiye’s Foreign Minister", "Turkish Foreign Minister")).isTrue();
    assertThat(titles("Ukrainian Minister of Defense", "Ukrainian Defence Minister")).isTrue();
    assertThat(titles("President", "Ukrainian President")).isTrue();
    assertThat(titles("Former U.S. President", "former President")).isTrue();
  }

  @Test
  void contradictoryOfficesConflict() {
    assertThat(titles("Ukrainian President", "Former U.S. President")).isFalse();
    assertThat(titles("President", "former President")).isFalse();
    assertThat(titles("Foreign Minister", "Defence Minister")).isFalse();
  }

  @Test
  void descriptionsThatAreNoOfficeNeverConflict() {
    assertThat(titles("Putin aide", "Russian representative")).isTrue();
    assertThat(titles("Putin aide", "Russian President")).isTrue();
  }

  @Test
  void agreedAndDiscussedAreDifferentStatuses() {
    assertThat(Compare.settled(OutcomeStatus.AGREED)).isTrue();
    assertThat(Compare.settled(OutcomeStatus.IMPLEMENTED)).isTrue();
    assertThat(Compare.settled(OutcomeStatus.DISCUSSED)).isFalse();
    assertThat(Compare.settled(OutcomeStatus.NOT_REACHED)).isFalse();
  }

  @Test
  void regionsConflictOnlyWhenNeitherListContainsTheOther() {
    assertThat(Compare.regionsConflict(List.of("Donetsk", "Luhansk"), List.of("Luhansk", "Donetsk", "Kherson")))
        .isFalse();
    assertThat(Compare.regionsConflict(List.of("Donetsk", "Luhansk"), List.of("Kherson"))).isTrue();
    assertThat(Compare.regionsConflict(List.of(), List.of("Kherson"))).isFalse();
  }

  @Test
  void anEnormousDurationDoesNotWrapIntoAShortOne() {
    assertThat(Compare.durations(List.of(DurationEstimate.of(4_600_000_000_000_000_000L, DurationQualifier.OVER),
        DurationEstimate.of(10, DurationQualifier.EXACT)))).isPresent();
    assertThat(Compare.durations(List.of(DurationEstimate.of(Long.MAX_VALUE, DurationQualifier.ABOUT),
        DurationEstimate.of(10, DurationQualifier.EXACT)))).isPresent();
  }
}
