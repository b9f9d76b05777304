package org.parley.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A background assertion a source makes that can be true or false without being an outcome of the
 * talks: "more than two years into the conflict", "the first direct talks since 2022", "regions
 * Moscow has never controlled", "more than 60,000 people have been killed". It keeps the assertion
 * in the source's terms and, where one fits, a typed value: a date, a duration since a date, a
 * quantity, an actor. Like every claim it has evidence and may be assessed, so an encoder can mark
 * a wrong background fact false.
 *
 * <p>Required to build: {@link #description()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class FactClaim implements Claim {

  /** The encoder's key, so that reports asserting the same fact are compared: {@code war-length}. */
  public abstract Optional<String> key();

  /** The assertion in the source's terms. */
  public abstract String description();

  /** The date the assertion gives: when a past meeting took place. */
  public abstract Optional<PartialDate> date();

  /** The date a duration is counted from: the start of the war. */
  public abstract Optional<PartialDate> since();

  /**
   * The event the fact counts from, as the source names it, by an encoder's key ("the first talks
   * since Russia's invasion" against "since the collapse of peace talks"): two sources that count one
   * fact from different events are compared as unclear. Since format 1.2.
   */
  public abstract Optional<String> sinceEvent();

  /** A length of time the assertion gives: "more than two years". */
  public abstract Optional<DurationEstimate> duration();

  /** A number the assertion gives: "more than 60,000 killed". */
  public abstract Optional<Quantity> quantity();

  /**
   * The numbers of an assertion that gives several ("more than 60,000 killed and 1.9 million
   * displaced"), since format 1.2; a fact gives its numbers either as {@link #quantity()} or all here.
   */
  public abstract List<Quantity> quantities();

  /** Every number the assertion gives: its {@link #quantity()} or its {@link #quantities()}. */
  public List<Quantity> numbers() {
    return quantity().map(List::of).orElse(quantities());
  }

  /** The actor the assertion is about, if one. */
  public abstract Optional<ActorId> actor();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FactClaim}. */
  public static final class Builder extends ImmutableFactClaim.Builder {}

  @Value.Check
  void check() {
    sinceEvent().ifPresent(k -> Checks.key(k, "fact since event"));
    note().ifPresent(n -> Checks.notBlank(n, "note"));
    Checks.notBlank(description(), "fact description");
    key().ifPresent(k -> Checks.key(k, "fact key"));
    if (quantity().isPresent() && !quantities().isEmpty()) {
      throw new IllegalArgumentException("Invalid fact: give its numbers either as quantity or all in quantities,"
          + " not both");
    }
  }
}
