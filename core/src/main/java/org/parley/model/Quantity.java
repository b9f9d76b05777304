package org.parley.model;

import org.immutables.value.Value;

/**
 * A number with its unit, as a source states it: "1,000 prisoners of war from each side" is 1000
 * {@code prisoners of war} {@link QuantityBasis#PER_PARTY per party}, a number a program can compare,
 * not a string.
 */
@Value.Immutable
public abstract class Quantity {

  /** The number. */
  public abstract long amount();

  /** What is counted, in the source's words: "prisoners of war". */
  public abstract String unit();

  /** Whether the number is a total or counts for each party. */
  @Value.Default
  public QuantityBasis basis() {
    return QuantityBasis.TOTAL;
  }

  /** A total: "up to 6,000 bodies". */
  public static Quantity of(long amount, String unit) {
    return builder().amount(amount).unit(unit).build();
  }

  /** A number for each party: "1,000 prisoners of war from each side". */
  public static Quantity perParty(long amount, String unit) {
    return builder().amount(amount).unit(unit).basis(QuantityBasis.PER_PARTY).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Quantity}. */
  public static final class Builder extends ImmutableQuantity.Builder {}

  @Override
  public String toString() {
    return amount() + " " + unit() + (basis() == QuantityBasis.PER_PARTY ? " per party" : "");
  }

  @Value.Check
  void check() {
    Checks.notNegative(amount(), "quantity amount");
    Checks.notBlank(unit(), "quantity unit");
  }
}
