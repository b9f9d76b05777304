package org.parley.model;

/**
 * How a speaker takes the talks or their outcome, as the source tells it: "Russia satisfied"
 * (positive), "Ukraine defiant", "dismisses the talks" (negative), satisfied with one part and not
 * another (mixed). Since format 1.2.
 */
public enum Tone implements WireEnum {
  /** Satisfied, welcoming, open. */
  POSITIVE,

  /** Defiant, dismissive, disappointed. */
  NEGATIVE,

  /** Both at once. */
  MIXED;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static Tone fromWireName(String wireName) {
    return WireEnum.parse(Tone.class, wireName);
  }
}
