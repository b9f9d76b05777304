package org.parley.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a demand was answered, as the source reports it, and by whom: "Umerov swiftly rejected the
 * demands" is a {@link ResponseKind#REJECTED rejection} by Umerov. The responder is usually the
 * addressee or someone acting for it.
 *
 * <p>Required to build: {@link #kind()}, {@link #by()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class Response implements Claim {

  /** What the answer was. */
  public abstract ResponseKind kind();

  /** Who answered: the responder. */
  public abstract ActorId by();

  /** The answer in the source's words, if it gives more than the kind. */
  public abstract Optional<String> description();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Response}. */
  public static final class Builder extends ImmutableResponse.Builder {}

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.notBlank(n, "note"));
    description().ifPresent(d -> Checks.notBlank(d, "response description"));
  }
}
