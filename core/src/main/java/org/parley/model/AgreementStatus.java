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
  TERMINATED,

  /**
   * The sides or a mediator seek it, and no text is said to exist yet ("talks towards a permanent
   * ceasefire"); since format 1.2.
   */
  SOUGHT,

  /** Its text has been finalized, and no signature is reported yet; since format 1.2. */
  FINALIZED,

  /**
   * A party, or the body that must approve for it, has approved it ("Israel's cabinet approved the
   * deal"): with {@link AgreementClaim#statusBy()}, that party's step only; since format 1.2. Approval
   * by every party that must approve is {@link #RATIFIED}.
   */
  APPROVED;

  /**
   * Whether a source that gives this status says the sides concluded the agreement (agreed on its
   * terms or later): every status but sought, proposed and negotiated.
   */
  public boolean concluded() {
    return this != PROPOSED && this != NEGOTIATED && this != SOUGHT;
  }

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static AgreementStatus fromWireName(String wireName) {
    return WireEnum.parse(AgreementStatus.class, wireName);
  }
}
