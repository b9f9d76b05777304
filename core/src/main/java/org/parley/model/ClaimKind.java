package org.parley.model;

/**
 * The kinds of claim a statement can speak to ({@link About#kind()}), each named in a report by its
 * key; its wire names are those of the JSON member {@code about.kind}. Where claims are in a report is
 * {@link ClaimType}.
 */
public enum ClaimKind implements WireEnum {
  /** A {@link Demand}, named by its key. */
  DEMAND(ClaimType.DEMAND),

  /** An {@link Outcome}, named by its key. */
  OUTCOME(ClaimType.OUTCOME),

  /** An {@link Agreement}, named by its id. */
  AGREEMENT(ClaimType.AGREEMENT),

  /** A {@link ProcessEvent}, named by its key. */
  EVENT(ClaimType.EVENT),

  /** A {@link FactClaim}, named by its key. */
  FACT(ClaimType.FACT),

  /** An {@link Act} of one side or a third party, named by its key (since format 1.2). */
  ACT(ClaimType.ACT);

  private final ClaimType type;

  ClaimKind(ClaimType type) {
    this.type = type;
  }

  /** The type of claim a statement about this kind speaks to. */
  public ClaimType type() {
    return type;
  }

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static ClaimKind fromWireName(String wireName) {
    return WireEnum.parse(ClaimKind.class, wireName);
  }
}
