package org.parley.model;

import org.immutables.value.Value;

/**
 * The part a source says an actor plays in the negotiation: "Qatar and Egypt, which mediated" are
 * two role claims of {@link NegotiationRole#MEDIATOR}. Sources disagree on roles (mediator or
 * facilitator? party or observer?), so each is a claim with evidence that reconciliation compares.
 *
 * <p>Required to build: {@link #actor()}, {@link #role()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class RoleClaim implements Claim {

  /** The actor. */
  public abstract ActorId actor();

  /** Its part in the talks. */
  public abstract NegotiationRole role();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RoleClaim}. */
  public static final class Builder extends ImmutableRoleClaim.Builder {}

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.notBlank(n, "note"));
  }
}
