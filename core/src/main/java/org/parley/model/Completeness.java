package org.parley.model;

/** Whether the encoded document is the whole text or only part of it. */
public enum Completeness implements WireEnum {
  /** The whole text as published. */
  FULL,

  /** Only part of the text, such as a quoted passage or a page of a longer piece. */
  EXCERPT;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static Completeness fromWireName(String wireName) {
    return WireEnum.parse(Completeness.class, wireName);
  }
}
