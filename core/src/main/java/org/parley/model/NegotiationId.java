package org.parley.model;

/** The id of a negotiation (the event that reports are about), written {@code negotiation:local-part}. */
public final class NegotiationId extends TypedId {

  /** The prefix every negotiation id starts with, before the colon. */
  public static final String PREFIX = "negotiation";

  private NegotiationId(String value) {
    super(PREFIX, value);
  }

  /**
   * Returns the id with this text.
   *
   * @throws IllegalArgumentException if the text is not {@code negotiation:} followed by a valid local part
   */
  public static NegotiationId of(String value) {
    return new NegotiationId(value);
  }
}
