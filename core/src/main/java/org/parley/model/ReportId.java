package org.parley.model;

/** The id of a report (one source's account of one negotiation), written {@code report:local-part}. */
public final class ReportId extends TypedId {

  /** The prefix every report id starts with, before the colon. */
  public static final String PREFIX = "report";

  private ReportId(String value) {
    super(PREFIX, value);
  }

  /**
   * Returns the id with this text.
   *
   * @throws IllegalArgumentException if the text is not {@code report:} followed by a valid local part
   */
  public static ReportId of(String value) {
    return new ReportId(value);
  }
}
