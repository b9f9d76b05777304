package org.parley.model;

/**
 * The part a delegation plays in a negotiation, after PA-X's roles of third parties; the same words
 * as {@link NegotiationRole}, which a source may state of an actor without naming a delegation.
 */
public enum DelegationRole implements WireEnum {
  /** A side whose positions are negotiated. */
  PARTY,

  /** A third party that carries proposals between the sides. */
  MEDIATOR,

  /** A third party that hosts the talks. */
  HOST,

  /** A third party that attends without negotiating. */
  OBSERVER,

  /** A third party that brings the sides together without mediating the substance. */
  FACILITATOR,

  /** A third party that guarantees what is agreed. */
  GUARANTOR,

  /** A third party that witnesses an agreement. */
  WITNESS,

  /** A third party that monitors implementation. */
  MONITOR;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static DelegationRole fromWireName(String wireName) {
    return WireEnum.parse(DelegationRole.class, wireName);
  }
}
