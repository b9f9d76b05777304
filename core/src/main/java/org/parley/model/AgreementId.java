package org.parley.model;

/** The id of an agreement (a ceasefire, declaration, memorandum or other text the parties reach), written {@code agreement:local-part}. */
public final class AgreementId extends TypedId {

  /** The prefix every agreement id starts with, before the colon. */
  public static final String PREFIX = "agreement";

  private AgreementId(String value) {
    super(PREFIX, value);
  }

  /**
   * Returns the id with this text.
   *
   * @throws IllegalArgumentException if the text is not {@code agreement:} followed by a valid local part
   */
  public static AgreementId of(String value) {
    return new AgreementId(value);
  }
}
