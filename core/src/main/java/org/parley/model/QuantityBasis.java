package org.parley.model;

/** Whether a quantity is a total or counts for each party: "1,000 prisoners from each side" is per party. */
public enum QuantityBasis implements WireEnum {
  /** The number counts everything. */
  TOTAL,

  /** The number counts for each party. */
  PER_PARTY;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static QuantityBasis fromWireName(String wireName) {
    return WireEnum.parse(QuantityBasis.class, wireName);
  }
}
