package org.parley.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a source says about an {@link Agreement}: its status as the source gives it, who signed,
 * witnessed, guaranteed or mediated it, and its provisions. Reports that speak of one agreement
 * name the same agreement id, so reconciliation compares what they say of it and never confuses two
 * agreements reported side by side.
 *
 * <p>Required to build: {@link #agreement()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class AgreementClaim implements Claim {

  /** The agreement spoken of. */
  public abstract AgreementId agreement();

  /** Its status as the source gives it, if it gives one. */
  public abstract Optional<AgreementStatus> status();

  /** The actors the source names with their part in it. */
  public abstract List<AgreementParticipant> participants();

  /** The provisions the source describes. */
  public abstract List<Provision> provisions();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgreementClaim}. */
  public static final class Builder extends ImmutableAgreementClaim.Builder {}

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.notBlank(n, "note"));
  }
}
