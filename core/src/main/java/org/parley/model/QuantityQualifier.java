package org.parley.model;

/** How a source qualifies a number: "about 1,000", "at least 33", "between 200 and 300". */
public enum QuantityQualifier implements WireEnum {
  /** Exactly the amount: "33 hostages". */
  EXACT,

  /** Roughly the amount (compared as within 15 %): "about 1,000". */
  ABOUT,

  /** The amount or more: "at least 33". */
  AT_LEAST,

  /** Strictly more than the amount: "more than 1,000". */
  MORE_THAN,

  /** The amount or fewer: "up to 6,000 bodies". */
  UP_TO,

  /** Strictly fewer than the amount: "fewer than 50". */
  FEWER_THAN,

  /** From the amount to a maximum, both included: "between 200 and 300". */
  RANGE;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static QuantityQualifier fromWireName(String wireName) {
    return WireEnum.parse(QuantityQualifier.class, wireName);
  }
}
