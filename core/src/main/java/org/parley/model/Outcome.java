package org.parley.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A result of the talks as a source reports it: an agreement, a commitment, a failure to agree, or a
 * follow-up, on an issue, between parties, with its status as reported ("agreed" and "discussed"
 * are different claims) and its quantities as numbers with units.
 */
@Value.Immutable
public abstract class Outcome implements Claim {

  /** What sort of result this is. */
  public abstract OutcomeKind kind();

  /** What it is about. */
  public abstract Issue issue();

  /** The actors it binds or concerns. */
  public abstract List<ActorId> parties();

  /** How far it got, as the source reports it. */
  public abstract OutcomeStatus status();

  /** The outcome in the source's terms: "exchange 1,000 prisoners of war from each side". */
  public abstract String description();

  /** The numbers the source gives for it. */
  public abstract List<Quantity> quantities();

  @Override
  public abstract List<Evidence> evidence();

  @Override
  public abstract Optional<Assessment> assessment();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Outcome}. */
  public static final class Builder extends ImmutableOutcome.Builder {}

  @Value.Check
  void check() {
    Checks.notBlank(description(), "outcome description");
  }
}
