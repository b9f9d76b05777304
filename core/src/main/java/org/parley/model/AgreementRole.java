package org.parley.model;

/** The part an actor plays in an agreement, after PA-X's third-party roles. */
public enum AgreementRole implements WireEnum {
  /** A party to it, bound by it, whether or not the source says it has signed yet. */
  SIGNATORY,

  /** A third party that signs or attends as a witness. */
  WITNESS,

  /** A third party that guarantees it. */
  GUARANTOR,

  /** A third party that mediated it. */
  MEDIATOR,

  /** A third party that monitors or verifies its implementation ("monitored by the African Union"); since format 1.2. */
  MONITOR;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static AgreementRole fromWireName(String wireName) {
    return WireEnum.parse(AgreementRole.class, wireName);
  }
}
