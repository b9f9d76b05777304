package org.parley.model;

/** The id of an actor (a person, state, organization or group), written {@code actor:local-part}. */
public final class ActorId extends TypedId {

  /** The prefix every actor id starts with, before the colon. */
  public static final String PREFIX = "actor";

  private ActorId(String value) {
    super(PREFIX, value);
  }

  /**
   * Returns the id with this text.
   *
   * @throws IllegalArgumentException if the text is not {@code actor:} followed by a valid local part
   */
  public static ActorId of(String value) {
    return new ActorId(value);
  }
}
