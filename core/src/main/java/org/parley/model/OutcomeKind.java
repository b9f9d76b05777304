package org.parley.model;

/** What sort of result of the talks an {@link Outcome} is. */
public enum OutcomeKind implements WireEnum {
  /** Both or all sides agreed on something. */
  AGREEMENT,

  /** One side committed itself to something. */
  COMMITMENT,

  /** The sides failed to agree on something they discussed. */
  NO_AGREEMENT,

  /** A further meeting or step was arranged or foreseen. */
  FOLLOW_UP;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static OutcomeKind fromWireName(String wireName) {
    return WireEnum.parse(OutcomeKind.class, wireName);
  }
}
