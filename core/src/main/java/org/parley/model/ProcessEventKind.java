package org.parley.model;

/** A step in the course of talks, or someone's attendance, as a source reports it. */
public enum ProcessEventKind implements WireEnum {
  /** Someone proposed or initiated the talks. */
  PROPOSED,

  /** The talks were convened or opened. */
  CONVENED,

  /** The talks were put off to a later date. */
  POSTPONED,

  /** The start was delayed within the day. */
  DELAYED,

  /** The talks were suspended. */
  SUSPENDED,

  /** The talks resumed after a pause or suspension. */
  RESUMED,

  /** A delegation walked out. */
  WALKED_OUT,

  /** A party withdrew from the process. */
  WITHDREW,

  /** The talks or the round ended. */
  CONCLUDED,

  /** A further round was arranged. */
  NEXT_ROUND_SCHEDULED,

  /** An actor attended. */
  ATTENDED,

  /** An actor expected to attend did not. */
  ABSENT,

  /** An actor declined an invitation. */
  DECLINED,

  /** An actor's trip to the talks was cancelled. */
  TRIP_CANCELLED;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static ProcessEventKind fromWireName(String wireName) {
    return WireEnum.parse(ProcessEventKind.class, wireName);
  }
}
