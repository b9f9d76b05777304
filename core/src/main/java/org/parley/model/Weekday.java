package org.parley.model;

import java.time.DayOfWeek;

/**
 * A day of the week as a source names it without a calendar date ("on Friday"), relative to its
 * publication: a {@link DateClaim#weekday()}, so that no month or year is invented for it. Since
 * format 1.2.
 */
public enum Weekday implements WireEnum {
  MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY;

  /** "Friday": computed once, as dates are read and written often. */
  private final String english = name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);

  /** The same day as {@code java.time}'s. */
  public DayOfWeek dayOfWeek() {
    return DayOfWeek.of(ordinal() + 1);
  }

  /** The weekday of {@code day}. */
  public static Weekday of(DayOfWeek day) {
    return ALL[day.getValue() - 1];
  }

  private static final Weekday[] ALL = values();

  /** The name in English, capitalized: "Friday". */
  public String englishName() {
    return english;
  }

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static Weekday fromWireName(String wireName) {
    return WireEnum.parse(Weekday.class, wireName);
  }
}
