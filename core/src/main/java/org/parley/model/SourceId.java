package org.parley.model;

/** The id of a source (one article, wire report, post or document), written {@code source:local-part}. */
public final class SourceId extends TypedId {

  /** The prefix every source id starts with, before the colon. */
  public static final String PREFIX = "source";

  private SourceId(String value) {
    super(PREFIX, value);
  }

  /**
   * Returns the id with this text.
   *
   * @throws IllegalArgumentException if the text is not {@code source:} followed by a valid local part
   */
  public static SourceId of(String value) {
    return new SourceId(value);
  }
}
