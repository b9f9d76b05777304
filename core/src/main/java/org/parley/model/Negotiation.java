package org.parley.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The event that reports are about: one round of talks between parties, with the states or
 * organizations that host or mediate them, its number and format in a series of rounds, and the
 * round it follows. It holds only what identifies the event; what happened there, and what status
 * the round reached, is what each {@link Report} says.
 *
 * <p>Required to build: {@link #id()}, {@link #title()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class Negotiation {

  /** The negotiation's id. */
  public abstract NegotiationId id();

  /** A short title: "Russia–Ukraine direct talks, Istanbul, May 2025". */
  public abstract String title();

  /** The sides whose positions are negotiated. */
  public abstract List<ActorId> parties();

  /** Who hosts the talks. */
  public abstract List<ActorId> hosts();

  /** Who mediates between the parties. */
  public abstract List<ActorId> mediators();

  /** The round of talks this one follows, such as the 2022 Istanbul talks. */
  public abstract Optional<NegotiationId> previousRound();

  /** The number of this round in its series ("the fifth round of indirect talks"), if known. */
  public abstract Optional<Integer> round();

  /** How the parties meet: directly, indirectly through a mediator, at a technical level, virtually. */
  public abstract Optional<RoundFormat> format();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Negotiation}. */
  public static final class Builder extends ImmutableNegotiation.Builder {}

  @Value.Check
  void check() {
    Checks.name(title(), "negotiation title");
    round().ifPresent(r -> Checks.positive(r, "negotiation round"));
  }
}
