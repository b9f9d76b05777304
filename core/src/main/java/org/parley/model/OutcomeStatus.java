package org.parley.model;

/** How far an outcome got, as the source reports it: "agreed" and "discussed" are different claims. */
public enum OutcomeStatus implements WireEnum {
  /** The source says it was agreed. */
  AGREED,

  /** The source says it was discussed, without saying it was agreed. */
  DISCUSSED,

  /** The source says it was proposed. */
  PROPOSED,

  /** The source says it was sought and not reached. */
  NOT_REACHED,

  /** The source says it has been carried out. */
  IMPLEMENTED;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static OutcomeStatus fromWireName(String wireName) {
    return WireEnum.parse(OutcomeStatus.class, wireName);
  }
}
