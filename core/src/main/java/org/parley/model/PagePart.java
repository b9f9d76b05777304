package org.parley.model;

/** Which part of a published page a passage comes from. */
public enum PagePart implements WireEnum {
  /** The headline or a subheading. */
  HEADLINE,

  /** The body text. */
  BODY,

  /** A photo or video caption. */
  CAPTION,

  /** A credit line, such as a photographer's or agency's credit. */
  CREDIT_LINE,

  /** An editor's note, update or correction notice. */
  EDITORS_NOTE;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static PagePart fromWireName(String wireName) {
    return WireEnum.parse(PagePart.class, wireName);
  }
}
