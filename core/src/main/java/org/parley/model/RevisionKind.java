package org.parley.model;

/** How a source was changed after publication. */
public enum RevisionKind implements WireEnum {
  /** The text was updated with new information. */
  UPDATE,

  /** An error was corrected. */
  CORRECTION,

  /** The text, or part of it, was withdrawn. */
  RETRACTION;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static RevisionKind fromWireName(String wireName) {
    return WireEnum.parse(RevisionKind.class, wireName);
  }
}
