package org.parley.model;

/** How the parties of a round of talks meet. */
public enum RoundFormat implements WireEnum {
  /** Face to face. */
  DIRECT,

  /** Through a mediator, the parties in separate rooms or cities (proximity talks). */
  INDIRECT,

  /** At the level of experts or working groups. */
  TECHNICAL,

  /** By video or telephone. */
  VIRTUAL,

  /** Both face to face and through a mediator ("direct and indirect talks"); since format 1.2. */
  MIXED;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static RoundFormat fromWireName(String wireName) {
    return WireEnum.parse(RoundFormat.class, wireName);
  }
}
