package org.parley.model;

/** Where a speaker made a statement. */
public enum Channel implements WireEnum {
  /** To journalists: a press conference, briefing or remarks to reporters. */
  PRESS,

  /** On social media. */
  SOCIAL_MEDIA,

  /** In an interview. */
  INTERVIEW,

  /** In a speech or address. */
  SPEECH,

  /** In a written official statement. */
  OFFICIAL_STATEMENT,

  /** Elsewhere. */
  OTHER;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static Channel fromWireName(String wireName) {
    return WireEnum.parse(Channel.class, wireName);
  }
}
