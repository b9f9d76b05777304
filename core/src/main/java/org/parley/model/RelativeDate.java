package org.parley.model;

/**
 * A date a source gives relative to its own publication ("next week", "in the coming days",
 * "yesterday"), kept as it is written, so that no day, month or year is invented for it; since
 * format 1.2. With the source's publication date a reader can turn it into days; Parley compares
 * such dates with each other and with calendar dates only as unclear, since each counts from its own
 * source's day.
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

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static RelativeDate fromWireName(String wireName) {
    return WireEnum.parse(RelativeDate.class, wireName);
  }
}
