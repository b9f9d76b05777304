package org.parley.model;

/** How a source qualifies a length of time: "90 minutes", "about an hour", "under two hours", "over three hours". */
public enum DurationQualifier implements WireEnum {
  /** The length is stated as such: 90 minutes. */
  EXACT,

  /** About, roughly, some: the true length is near the figure. */
  ABOUT,

  /** Under, less than, just under: at most the figure. */
  UNDER,

  /** Over, more than: at least the figure. */
  OVER;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static DurationQualifier fromWireName(String wireName) {
    return WireEnum.parse(DurationQualifier.class, wireName);
  }
}
