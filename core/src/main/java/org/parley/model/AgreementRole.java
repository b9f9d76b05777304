package org.parley.model;

/** The part an actor plays in an agreement, after PA-X's third-party roles. */
public enum AgreementRole implements WireEnum {
  /** A party that signs and is bound. */
  SIGNATORY,

  /** A third party that signs or attends as a witness. */
  WITNESS,

  /** A third party that guarantees it. */
  GUARANTOR,

  /** A third party that mediated it. */
  MEDIATOR;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static AgreementRole fromWireName(String wireName) {
    return WireEnum.parse(AgreementRole.class, wireName);
  }
}
