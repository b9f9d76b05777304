package org.parley.model;

/** An encoder's verdict on a claim, kept apart from what the source said. */
public enum Verdict implements WireEnum {
  /** The claim is borne out. */
  ACCURATE,

  /** Other sources contradict the claim. */
  DISPUTED,

  /** The claim is wrong. */
  FALSE,

  /** The claim could not be checked. */
  UNVERIFIED;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static Verdict fromWireName(String wireName) {
    return WireEnum.parse(Verdict.class, wireName);
  }
}
