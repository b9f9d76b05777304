package org.parley.model;

/** How a statement relates to the claim it speaks to. */
public enum Stance implements WireEnum {
  /** The speaker says it is so. */
  AFFIRMS,

  /** The speaker says it is not so. */
  DENIES,

  /** The speaker questions or contests it without denying it outright. */
  DISPUTES,

  /** The speaker says it will happen. */
  PREDICTS;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static Stance fromWireName(String wireName) {
    return WireEnum.parse(Stance.class, wireName);
  }
}
