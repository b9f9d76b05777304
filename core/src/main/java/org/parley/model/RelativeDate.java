package org.parley.model;

/**
 * A date a source gives relative to its own publication ("next week", "in the coming days",
 * "yesterday"), kept as it is written, so that no day, month or year is invented for it; since
 * format 1.2. Counted from the day its source was published ({@link #countedFrom}), "yesterday",
 * "today", "tomorrow", a weekday of last, this or next week, and "next month" name a calendar date,
 * which reconciliation compares as any date; the others ("in the coming days") name no day or month
 * that Parley could compare, and stay unclear against other dates.
 */
public enum RelativeDate implements WireEnum {
  /** "Yesterday". */
  YESTERDAY,

  /** "Today", "on the day of writing". */
  TODAY,

  /** "Tomorrow". */
  TOMORROW,

  /** "Last week". */
  LAST_WEEK,

  /** "This week". */
  THIS_WEEK,

  /** "Next week". */
  NEXT_WEEK,

  /** "In the coming days", "within days". */
  COMING_DAYS,

  /** "In the coming weeks", "within weeks". */
  COMING_WEEKS,

  /** "Next month". */
  NEXT_MONTH;

  /** Whether a weekday can be named within it ("next Tuesday", "on Monday this week"). */
  public boolean isWeek() {
    return this == LAST_WEEK || this == THIS_WEEK || this == NEXT_WEEK;
  }

  /**
   * The calendar date this names when counted from {@code published}, a whole day: the day before,
   * of or after it; {@code weekday} of the week before, of or after its week (weeks from Monday, as
   * ISO 8601 counts them: "next Monday" written on a Tuesday is six days on); the month after it.
   * Empty when it names no such date: a week without a weekday, the coming days or weeks, or a
   * publication date without a day.
   */
  public java.util.Optional<PartialDate> countedFrom(PartialDate published, java.util.Optional<Weekday> weekday) {
    if (published.day().isEmpty()) {
      return java.util.Optional.empty();
    }
    java.time.LocalDate day = published.earliest();
    return switch (this) {
      case YESTERDAY -> java.util.Optional.of(PartialDate.of(day.minusDays(1)));
      case TODAY -> java.util.Optional.of(PartialDate.of(day));
      case TOMORROW -> java.util.Optional.of(PartialDate.of(day.plusDays(1)));
      case LAST_WEEK, THIS_WEEK, NEXT_WEEK -> weekday.map(w -> PartialDate.of(day
          .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
          .plusWeeks(this == LAST_WEEK ? -1 : this == THIS_WEEK ? 0 : 1)
          .with(java.time.temporal.TemporalAdjusters.nextOrSame(w.dayOfWeek()))));
      case NEXT_MONTH -> {
        java.time.LocalDate next = day.plusMonths(1);
        yield java.util.Optional.of(PartialDate.of(next.getYear(), next.getMonthValue()));
      }
      case COMING_DAYS, COMING_WEEKS -> java.util.Optional.empty();
    };
  }

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static RelativeDate fromWireName(String wireName) {
    return WireEnum.parse(RelativeDate.class, wireName);
  }
}
