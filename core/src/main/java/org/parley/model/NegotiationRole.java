package org.parley.model;

/** The part an actor plays in a negotiation, as a source describes it. */
public enum NegotiationRole implements WireEnum {
  /** A side whose positions are negotiated. */
  PARTY,

  /** A third party that carries proposals between the sides. */
  MEDIATOR,

  /** A third party that brings the sides together without mediating the substance. */
  FACILITATOR,

  /** The state or body where the talks are held. */
  HOST,

  /** A third party that guarantees what is agreed. */
  GUARANTOR,

  /** A third party that attends without negotiating. */
  OBSERVER,

  /** A third party that witnesses an agreement. */
  WITNESS,

  /** A third party that monitors implementation, such as a ceasefire. */
  MONITOR;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static NegotiationRole fromWireName(String wireName) {
    return WireEnum.parse(NegotiationRole.class, wireName);
  }
}
