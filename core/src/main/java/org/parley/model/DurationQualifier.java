package org.parley.model;

/**
 * How a source qualifies a length of time: "90 minutes", "about an hour", "under two hours", "over
 * three hours", "up to 99 years", "at least five days".
 */
public enum DurationQualifier implements WireEnum {
  /** The length is stated as such: 90 minutes. */
  EXACT,

  /** About, roughly, some: the true length is near the figure. */
  ABOUT,

  /** Under, less than, just under: at most the figure. */
  UNDER,

  /** Over, more than: at least the figure. */
  OVER,

  /** Up to, at most, no more than: the figure or less ("a lease of up to 99 years"); since format 1.2. */
  UP_TO,

  /** At least, no less than: the figure or more; since format 1.2. */
  AT_LEAST;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static DurationQualifier fromWireName(String wireName) {
    return WireEnum.parse(DurationQualifier.class, wireName);
  }
}
