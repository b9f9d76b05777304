package org.parley.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One link in the chain by which a source learned of a statement: "according to sources cited by
 * Reuters" is the link "sources cited by Reuters" with the actor Reuters. The link is kept as
 * written; the actor is named when the encoder can resolve it.
 *
 * <p>Required to build: {@link #description()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class Attribution {

  /** The link as the source writes it. */
  @Value.Parameter
  public abstract String description();

  /** The actor the link names, if any. */
  @Value.Parameter
  public abstract Optional<ActorId> actor();

  /** A link that names no resolvable actor: "unnamed sources". */
  public static Attribution of(String description) {
    return ImmutableAttribution.of(description, Optional.empty());
  }

  /** A link that names an actor: "sources cited by Reuters", Reuters. */
  public static Attribution of(String description, ActorId actor) {
    return ImmutableAttribution.of(description, Optional.of(actor));
  }

  @Value.Check
  void check() {
    Checks.notBlank(description(), "attribution description");
  }
}
