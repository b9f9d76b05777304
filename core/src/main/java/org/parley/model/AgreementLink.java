package org.parley.model;

import org.immutables.value.Value;

/**
 * How the agreement a claim speaks of stands to another agreement, as the source relates them: the
 * claim's agreement {@link #relation()} {@link #agreement()} ("the extension {@code extends} the
 * truce"); since format 1.2.
 *
 * <p>Required to build: {@link #relation()}, {@link #agreement()}.
 */
@Value.Immutable
public abstract class AgreementLink {

  /** How the claim's agreement stands to {@link #agreement()}. */
  @Value.Parameter
  public abstract AgreementRelation relation();

  /** The other agreement. */
  @Value.Parameter
  public abstract AgreementId agreement();

  /** The link as the tables write it: {@code extends agreement:truce}. */
  @Override
  public String toString() {
    return relation().wireName() + " " + agreement();
  }

  /** The claim's agreement stands in {@code relation} to {@code agreement}. */
  public static AgreementLink of(AgreementRelation relation, AgreementId agreement) {
    return ImmutableAgreementLink.of(relation, agreement);
  }
}
