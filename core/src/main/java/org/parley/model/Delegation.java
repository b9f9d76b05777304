package org.parley.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The people a source says one actor sent to the talks, in a role (party, mediator, host,
 * observer), with the member the source says heads it.
 *
 * <p>Required to build: {@link #party()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class Delegation implements Claim {

  /** The actor the delegation represents. */
  public abstract ActorId party();

  /** The part the delegation plays; {@link DelegationRole#PARTY party} unless set. */
  @Value.Default
  public DelegationRole role() {
    return DelegationRole.PARTY;
  }

  /** The member who heads the delegation, if the source says; one of {@link #members()}. */
  public abstract Optional<ActorId> head();

  /** The people the source names in the delegation. */
  public abstract List<DelegationMember> members();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Delegation}. */
  public static final class Builder extends ImmutableDelegation.Builder {}

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.notBlank(n, "note"));
  }
}
