package org.parley.validate;

import org.parley.model.Dataset;
import org.parley.model.PartialDate;
import org.parley.model.Report;

/**
 * Dates exist in the calendar and fall on the weekday given with them; durations and quantities are
 * positive. These are checked here rather than at construction because a source may print such a
 * value, and the dataset records what the source said before a person decides what to do with it.
 */
final class ValueRule extends StandardRule {

  @Override
  void checkIndex(Dataset dataset, RuleContext context) {
    Walk.each(dataset.sources(), Walk.SOURCES, (source, at) ->
        source.publicationDate().ifPresent(date -> checkDate(date, at.child("publicationDate"), context)));
  }

  @Override
  void checkReport(Report report, JsonPointer at, RuleContext context) {
    report.date().ifPresent(date -> checkDate(date.value(), at.child("date").child("value"), context));
    report.duration().ifPresent(duration -> {
      if (duration.value().minutes() == 0) {
        context.error(Codes.DURATION_NOT_POSITIVE, at.child("duration").child("value").child("minutes"),
            "a duration of 0 minutes; a length of talks must be positive");
      }
    });
    Walk.each(report.outcomes(), at.child("outcomes"), (outcome, op) ->
        Walk.each(outcome.quantities(), op.child("quantities"), (quantity, qp) -> {
          if (quantity.amount() == 0) {
            context.error(Codes.QUANTITY_NOT_POSITIVE, qp.child("amount"),
                "a quantity of 0 " + quantity.unit() + "; a quantity must be positive");
          }
        }));
  }

  private static void checkDate(PartialDate date, JsonPointer at, RuleContext context) {
    if (!date.isCalendarDate()) {
      context.error(Codes.NOT_A_CALENDAR_DATE, at,
          date.format() + " is not a date: month " + date.month().getAsInt() + " of " + date.year() + " has "
              + date.earliest().lengthOfMonth() + " days");
      return;
    }
    date.dayOfWeek().ifPresent(weekday -> {
      if (date.day().isPresent() && date.earliest().getDayOfWeek() != weekday) {
        context.warning(Codes.WEEKDAY_MISMATCH, at,
            date.format() + " is a " + name(date.earliest().getDayOfWeek()) + ", not a " + name(weekday));
      }
    });
  }

  private static String name(java.time.DayOfWeek day) {
    return day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
  }
}
