package org.parley.model;

/** How the addressee of a demand responded, as the source reports it. */
public enum ResponseKind implements WireEnum {
  /** The demand was accepted. */
  ACCEPTED,

  /** Part of the demand was accepted. */
  PARTIALLY_ACCEPTED,

  /** The demand was rejected or dismissed. */
  REJECTED,

  /** The addressee answered with a demand or proposal of its own. */
  COUNTERED,

  /** The addressee put off an answer. */
  DEFERRED,

  /** The source says there was no answer. */
  UNANSWERED;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static ResponseKind fromWireName(String wireName) {
    return WireEnum.parse(ResponseKind.class, wireName);
  }
}
