package org.parley.model;

/**
 * When a {@link ProcessEvent} happened as the source places it against the talks its report is
 * about: "the talks followed two trilateral meetings" (before), "a simultaneous trilateral session"
 * (during). Two sources that place one event on different sides of the talks disagree. Since format
 * 1.2.
 */
public enum EventTiming implements WireEnum {
  /** Before the talks began. */
  BEFORE,

  /** While the talks went on, or at the same time. */
  DURING,

  /** After the talks ended. */
  AFTER;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static EventTiming fromWireName(String wireName) {
    return WireEnum.parse(EventTiming.class, wireName);
  }
}
