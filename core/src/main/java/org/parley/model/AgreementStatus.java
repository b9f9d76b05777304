package org.parley.model;

/** How far an agreement has got, as a source reports it at the time of writing. */
public enum AgreementStatus implements WireEnum {
  /** A text or plan has been put forward by one side or a mediator. */
  PROPOSED,

  /** The sides are negotiating its terms. */
  NEGOTIATED,

  /** The sides have accepted its terms ("agreed to a ceasefire"), without the source saying it was signed. */
  AGREED,

  /** The negotiators have initialled the text. */
  INITIALLED,

  /** It has been signed. */
  SIGNED,

  /** It has been ratified or approved by the bodies that must approve it. */
  RATIFIED,

  /** It has taken effect. */
  IN_FORCE,

  /** A party has suspended it. */
  SUSPENDED,

  /** A party is said to have broken it while it stands. */
  VIOLATED,

  /** It has broken down. */
  COLLAPSED,

  /** It has ended, by its terms or by a party's withdrawal. */
  TERMINATED;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static AgreementStatus fromWireName(String wireName) {
    return WireEnum.parse(AgreementStatus.class, wireName);
  }
}
