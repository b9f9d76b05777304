package org.parley.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a source says about an {@link Agreement}: its status as the source gives it (one party's step,
 * with {@link #statusBy()}), who signed, witnessed, guaranteed or mediated it, its provisions, and how
 * it stands to other agreements. Reports that speak of one agreement
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

  /**
   * The party whose step the status is, when the source reports one party's step ("Israel's cabinet
   * approved the deal": {@code approved} by Israel) rather than the agreement's standing as a whole;
   * since format 1.2. Only with a status.
   */
  public abstract Optional<ActorId> statusBy();

  /** How the source relates this agreement to others (it extends, implements, supersedes one); since format 1.2. */
  public abstract List<AgreementLink> links();

  /** How long the agreement runs, if the source says ("a 60-day truce", "for up to 99 years"); since format 1.2. */
  public abstract Optional<DurationEstimate> duration();

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
    if (statusBy().isPresent() && status().isEmpty()) {
      throw new IllegalArgumentException("Invalid value for agreement statusBy: it says whose step the status is;"
          + " give the status too");
    }
    for (AgreementLink link : links()) {
      if (link.agreement().equals(agreement())) {
        throw new IllegalArgumentException("Invalid value for agreement links: " + agreement()
            + " cannot be related to itself");
      }
    }
  }
}
