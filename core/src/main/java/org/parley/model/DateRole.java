package org.parley.model;

/** What a date in a report is the date of: the meeting, an announcement, a signing, a step taking effect. */
public enum DateRole implements WireEnum {
  /** When the talks or meeting took place. */
  HELD,

  /** When something was announced. */
  ANNOUNCED,

  /** When an agreement was signed. */
  SIGNED,

  /** When an agreement, provision or step takes or took effect. */
  EFFECTIVE,

  /** When something is scheduled to happen, such as the next round. */
  SCHEDULED,

  /** The date by which something must happen. */
  DEADLINE,

  /** When an agreement's text was finalized; since format 1.2. */
  FINALIZED,

  /** When a party approved an agreement (its {@link DateClaim#actor()}), such as a cabinet vote; since format 1.2. */
  APPROVED;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static DateRole fromWireName(String wireName) {
    return WireEnum.parse(DateRole.class, wireName);
  }
}
