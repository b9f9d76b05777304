package org.parley.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one side or a third party did, or threatened to do, as a source reports it (since format
 * 1.2): "the US imposed sanctions on ...", "Qatar suspended its mediation", "Trump threatened
 * military action if no new agreement is reached". Unlike a {@link ProcessEvent}, it is not a step of
 * the talks but an act of one actor, often on another ({@link #target()}); unlike a {@link FactClaim},
 * it says who acted and how. A threat keeps its {@link #condition()} in the source's words.
 *
 * <p>Required to build: {@link #kind()}, {@link #by()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class Act implements Claim {

  /** The encoder's key naming this act across reports, if one was given. */
  public abstract Optional<String> key();

  /** What was done. */
  public abstract ActKind kind();

  /** Who acted (or threatened). */
  public abstract ActorId by();

  /** Who it was done to, or who was threatened, if the source says. */
  public abstract Optional<ActorId> target();

  /** What it is about, if it is about one issue of the talks. */
  public abstract Optional<Issue> issue();

  /** The act in the source's words ("military action", "sanctions on oil exports"). */
  public abstract Optional<String> description();

  /** The condition it depends on, in the source's words ("if no new agreement is reached"). */
  public abstract Optional<String> condition();

  /** When it happened, as precisely as the source says. */
  public abstract Optional<PartialDate> date();

  /** When it happened against the talks, where the source says so without a date. */
  public abstract Optional<EventTiming> timing();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Act}. */
  public static final class Builder extends ImmutableAct.Builder {}

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.notBlank(n, "note"));
    key().ifPresent(k -> Checks.key(k, "act key"));
    description().ifPresent(d -> Checks.notBlank(d, "act description"));
    condition().ifPresent(c -> Checks.notBlank(c, "act condition"));
  }
}
