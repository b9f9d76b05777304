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
    return Dataset.builder()
        .addActors(Actor.builder().id(THAILAND).kind(ActorKind.STATE).name("Thailand").country("THA").build(),
            Actor.builder().id(CAMBODIA).kind(ActorKind.STATE).name("Cambodia").country("KHM").build())
        .addNegotiations(Negotiation.builder().id(TALKS).title("Thailand–Cambodia ceasefire talks")
            .addParties(THAILAND, CAMBODIA).build())
        .addSources(WIRE.source(), PAPER.source(), DAILY.source())
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
}
