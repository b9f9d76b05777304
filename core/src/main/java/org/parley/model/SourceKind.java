package org.parley.model;

/** What kind of text a {@link Source} is, which tells how much of it is reporting and how much opinion. */
public enum SourceKind implements WireEnum {
  /** A news report by an outlet. */
  NEWS,

  /** An opinion piece or column: the author's view. */
  OPINION,

  /** An analysis or explainer that mixes reporting with interpretation. */
  ANALYSIS,

  /** A wire-service report (Reuters, AP, TASS, ...). */
  WIRE,

  /** An official communication of a government or organization. */
  OFFICIAL,

  /** A social-media post. */
  SOCIAL;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static SourceKind fromWireName(String wireName) {
    return WireEnum.parse(SourceKind.class, wireName);
  }
}
