package org.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorId;
import org.parley.model.ActorKind;
import org.parley.model.DateClaim;
import org.parley.model.DateRole;
import org.parley.model.Dataset;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationId;
import org.parley.model.PartialDate;
import org.parley.model.RelativeDate;
import org.parley.model.Report;
import org.parley.model.ReportId;
import org.parley.model.Source;
import org.parley.model.SourceKind;
import org.parley.model.Weekday;
import org.parley.reconcile.Classification;
import org.parley.reconcile.Conflict;
import org.parley.reconcile.ConflictCodes;
import org.parley.reconcile.Item;

/**
 * Three short reports written for this test about the meeting of Thai and Cambodian military
 * commanders after the Putrajaya ceasefire, dated relative to each source's publication ("next
 * week", "in the coming days") or by the calendar (format 1.2): no month is invented, and dates that
 * count from different days are unclear, never agreed.
 */
class RelativeDatesTest {

  static final Article WIRE = Article.of("source:wire-bangkok", SourceKind.WIRE,
      "BANGKOK (Wire) - Military commanders of both countries will meet next Monday.");
  static final Article PAPER = Article.of("source:paper-phnom-penh", SourceKind.NEWS,
      "The army commanders are to meet in the coming days.");
  static final Article DAILY = Article.of("source:daily-kuala-lumpur", SourceKind.NEWS,
      "The commanders will meet on August 4.");

  static final ActorId THAILAND = ActorId.of("actor:thailand");
  static final ActorId CAMBODIA = ActorId.of("actor:cambodia");
  static final NegotiationId TALKS = NegotiationId.of("negotiation:thailand-cambodia-2025");

  private static Report report(Article article, DateClaim.Builder date, String words) {
    return Report.builder().id(ReportId.of("report:" + article.id().value().substring("source:".length())))
        .source(article.id()).negotiation(TALKS)
        .addDates(date.role(DateRole.SCHEDULED).event("commanders-meet").addEvidence(article.at(words)).build())
        .build();
  }

  static final Report WIRE_REPORT = report(WIRE, DateClaim.builder().relative(RelativeDate.NEXT_WEEK)
      .weekday(Weekday.MONDAY), "will meet next Monday");
  static final Report PAPER_REPORT = report(PAPER, DateClaim.builder().relative(RelativeDate.COMING_DAYS),
      "are to meet in the coming days");
  static final Report DAILY_REPORT = report(DAILY, DateClaim.builder().date(PartialDate.of(2025, 8, 4)),
      "will meet on August 4");

  static Dataset dataset(Report... reports) {
    return dataset(WIRE.source(), PAPER.source(), DAILY.source(), reports);
  }

  static Dataset dataset(Source wire, Source paper, Source daily, Report... reports) {
    return Dataset.builder()
        .addActors(Actor.builder().id(THAILAND).kind(ActorKind.STATE).name("Thailand").country("THA").build(),
            Actor.builder().id(CAMBODIA).kind(ActorKind.STATE).name("Cambodia").country("KHM").build())
        .addNegotiations(Negotiation.builder().id(TALKS).title("Thailand–Cambodia ceasefire talks")
            .addParties(THAILAND, CAMBODIA).build())
        .addSources(wire, paper, daily)
        .addReports(reports)
        .build();
  }

  private static Item meeting(Report... reports) {
    return Article.items(dataset(reports)).get("date/scheduled/event:commanders-meet");
  }

  @Test
  void encodesEachReportWithItsPassageFoundInItsText() {
    assertThat(Article.violations(dataset(WIRE_REPORT, PAPER_REPORT, DAILY_REPORT), WIRE, PAPER, DAILY)).isEmpty();
  }

  @Test
  void twoDatesRelativeToTheirOwnPublicationAreUnclear() {
    Item meeting = meeting(WIRE_REPORT, PAPER_REPORT);

    assertThat(meeting.classification()).isEqualTo(Classification.UNCLEAR);
    assertThat(meeting.positions()).extracting(p -> p.value()).containsExactly("next week Monday", "coming days");
    assertThat(meeting.conflicts()).containsExactly(Conflict.of(ConflictCodes.UNCLEAR_DATE, "the sources date it"
        + " relative to their own publication: next week, coming days; check against the publication dates"));
  }

  @Test
  void aRelativeDateAgainstACalendarDateIsUnclearUnlessItsWeekdayDoesNotFit() {
    Item daily = meeting(PAPER_REPORT, DAILY_REPORT);
    // 4 August 2025 was a Monday: "next Monday" may be it.
    Item monday = meeting(WIRE_REPORT, DAILY_REPORT);

    assertThat(daily.conflicts()).containsExactly(Conflict.of(ConflictCodes.UNCLEAR_DATE, "one source dates it"
        + " relative to its publication (coming days), another otherwise; check against the publication dates"));
    assertThat(monday.conflicts()).extracting(Conflict::code).containsExactly(ConflictCodes.UNCLEAR_DATE);
    assertThat(monday.classification()).isEqualTo(Classification.UNCLEAR);
  }

  @Test
  void aWeekdayIsNamedOnlyWithinAWeek() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DateClaim.builder().role(DateRole.SCHEDULED)
        .relative(RelativeDate.COMING_DAYS).weekday(Weekday.MONDAY).build())
        .hasMessage("Invalid value for date relative: a weekday is named only within last week, this week or next"
            + " week, not coming_days");
  }

  private static Source published(Article article, int month, int day) {
    return Source.builder().from(article.source()).publicationDate(PartialDate.of(2025, month, day)).build();
  }

  @Test
  void countedFromItsPublicationDayNextMondayIsTheCalendarDayItNames() {
    // The wire was published on Tuesday 29 July 2025: "next Monday" is 4 August, the daily's date.
    Item meeting = Article.items(dataset(published(WIRE, 7, 29), PAPER.source(), DAILY.source(), WIRE_REPORT,
        DAILY_REPORT)).get("date/scheduled/event:commanders-meet");

    assertThat(meeting.classification()).isEqualTo(Classification.AGREED);
    assertThat(meeting.positions()).extracting(p -> p.value()).containsExactly(
        "2025-08-04 (next week Monday, counted from the publication day 2025-07-29)", "2025-08-04");
  }

  @Test
  void countedFromAnotherDayItConflictsAsAnyDate() {
    // Published on Wednesday 6 August, "next Monday" is the 11th: not the daily's 4 August.
    Item meeting = Article.items(dataset(published(WIRE, 8, 6), PAPER.source(), DAILY.source(), WIRE_REPORT,
        DAILY_REPORT)).get("date/scheduled/event:commanders-meet");

    assertThat(meeting.classification()).isEqualTo(Classification.CONFLICT);
    assertThat(meeting.conflicts()).extracting(Conflict::code).containsExactly(ConflictCodes.DATE);
  }

  @Test
  void theComingDaysNameNoDayAndStayUnclearWhateverThePublicationDay() {
    Item meeting = Article.items(dataset(WIRE.source(), published(PAPER, 7, 30), DAILY.source(), PAPER_REPORT,
        DAILY_REPORT)).get("date/scheduled/event:commanders-meet");

    assertThat(meeting.classification()).isEqualTo(Classification.UNCLEAR);
  }

  @Test
  void relativeDatesCountFromTheirPublicationDay() {
    PartialDate tuesday = PartialDate.of(2025, 7, 29);
    assertThat(RelativeDate.YESTERDAY.countedFrom(tuesday, java.util.Optional.empty()))
        .contains(PartialDate.of(2025, 7, 28));
    assertThat(RelativeDate.TOMORROW.countedFrom(tuesday, java.util.Optional.empty()))
        .contains(PartialDate.of(2025, 7, 30));
    assertThat(RelativeDate.THIS_WEEK.countedFrom(tuesday, java.util.Optional.of(Weekday.MONDAY)))
        .contains(PartialDate.of(2025, 7, 28));
    assertThat(RelativeDate.LAST_WEEK.countedFrom(tuesday, java.util.Optional.of(Weekday.FRIDAY)))
        .contains(PartialDate.of(2025, 7, 25));
    assertThat(RelativeDate.NEXT_MONTH.countedFrom(PartialDate.of(2025, 12, 31), java.util.Optional.empty()))
        .contains(PartialDate.of(2026, 1));
    assertThat(RelativeDate.NEXT_WEEK.countedFrom(tuesday, java.util.Optional.empty())).isEmpty();
    assertThat(RelativeDate.TODAY.countedFrom(PartialDate.of(2025, 7), java.util.Optional.empty())).isEmpty();
  }
}
