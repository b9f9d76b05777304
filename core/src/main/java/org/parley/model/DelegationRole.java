package org.parley.model;

/** The part a delegation plays in a negotiation, after PA-X's roles of third parties. */
public enum DelegationRole implements WireEnum {
  /** A side whose positions are negotiated. */
  PARTY,

  /** A third party that carries proposals between the sides. */
  MEDIATOR,

  /** A third party that hosts the talks. */
  HOST,

  /** A third party that attends without negotiating. */
  OBSERVER;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static DelegationRole fromWireName(String wireName) {
    return WireEnum.parse(DelegationRole.class, wireName);
  }
}
