package org.parley.model;

/** Whether a statement gives the speaker's own words or the source's rendering of them. */
public enum StatementMode implements WireEnum {
  /** The source quotes the speaker's words, in quotation marks. */
  DIRECT_QUOTE,

  /** The source renders what the speaker said in its own words. */
  PARAPHRASE;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static StatementMode fromWireName(String wireName) {
    return WireEnum.parse(StatementMode.class, wireName);
  }
}
