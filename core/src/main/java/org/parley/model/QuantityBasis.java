package org.parley.model;

/**
 * Whether a quantity is a total or counts for each party: "1,000 prisoners from each side" is per
 * party, "1,000 prisoners in all" a total, and "a 1,000-for-1,000 exchange" or a bare "1,000
 * prisoners" may be either: {@link #UNSPECIFIED}, which conflicts with neither reading.
 */
public enum QuantityBasis implements WireEnum {
  /** The number counts everything. */
  TOTAL,

  /** The number counts for each party. */
  PER_PARTY,

  /** The source does not say whether the number is a total or per party. */
  UNSPECIFIED;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static QuantityBasis fromWireName(String wireName) {
    return WireEnum.parse(QuantityBasis.class, wireName);
  }
}
