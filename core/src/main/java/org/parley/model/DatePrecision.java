package org.parley.model;

/** How much of a date a {@link PartialDate} gives. */
public enum DatePrecision implements WireEnum {
  /** Only the year. */
  YEAR,

  /** The year and month. */
  MONTH,

  /** The full date. */
  DAY;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static DatePrecision fromWireName(String wireName) {
    return WireEnum.parse(DatePrecision.class, wireName);
  }
}
