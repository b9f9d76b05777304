package org.parley.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person a source places in a delegation, with the title as that source writes it ("Defence
 * Minister", "Minister of Defense", "Putin aide"): titles differ between sources and each is kept.
 *
 * <p>Required to build: {@link #person()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class DelegationMember implements Claim {

  /** The person. */
  public abstract ActorId person();

  /** The title the source gives the person, as written. */
  public abstract Optional<String> title();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DelegationMember}. */
  public static final class Builder extends ImmutableDelegationMember.Builder {}

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.notBlank(n, "note"));
    title().ifPresent(t -> Checks.name(t, "delegation member title"));
  }
}
