package org.parley.model;

/** The kinds of claim a statement can speak to, each named in a report by its key. */
public enum ClaimKind implements WireEnum {
  /** A {@link Demand}, named by its key. */
  DEMAND,

  /** An {@link Outcome}, named by its key. */
  OUTCOME,

  /** An {@link Agreement}, named by its id. */
  AGREEMENT,

  /** A {@link ProcessEvent}, named by its key. */
  EVENT,

  /** A {@link FactClaim}, named by its key. */
  FACT;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static ClaimKind fromWireName(String wireName) {
    return WireEnum.parse(ClaimKind.class, wireName);
  }
}
