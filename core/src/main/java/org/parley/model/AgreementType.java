package org.parley.model;

/** What kind of document an {@link Agreement} is, after PA-X's agreement types and stages. */
public enum AgreementType implements WireEnum {
  /** A ceasefire or truce agreement, including a phased one. */
  CEASEFIRE,

  /** A declaration or joint statement of intent. */
  DECLARATION,

  /** A memorandum of understanding. */
  MEMORANDUM,

  /** A framework or pre-negotiation agreement that sets out how talks will proceed. */
  FRAMEWORK,

  /** A comprehensive or partial peace agreement. */
  PEACE_AGREEMENT,

  /** A protocol or implementation agreement to an earlier agreement. */
  PROTOCOL,

  /** Any other kind; the agreement's name says what. */
  OTHER;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static AgreementType fromWireName(String wireName) {
    return WireEnum.parse(AgreementType.class, wireName);
  }
}
