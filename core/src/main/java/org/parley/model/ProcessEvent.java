package org.parley.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A step in the course of the talks as a source reports it — who proposed them, their opening, a
 * delay, a postponement, a walk-out, their end, the next round — or someone's attendance: who
 * attended, stayed away, declined, or had a trip cancelled, with the reason the source gives (sources
 * give different reasons; each is kept). Its date, time and place are those of the step itself.
 *
 * <p>Required to build: {@link #kind()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class ProcessEvent implements Claim {

  /** The encoder's key, when the event is to be compared across reports or named by other claims. */
  public abstract Optional<String> key();

  /** What happened. */
  public abstract ProcessEventKind kind();

  /** Who did it or whom it concerns: the absent leader, the delegation that walked out. */
  public abstract List<ActorId> actors();

  /** When it happened, as precisely as the source says. */
  public abstract Optional<PartialDate> date();

  /** At what time of day. */
  public abstract Optional<TimeOfDay> time();

  /**
   * When it happened against the talks the report is about (before, during, after), where the source
   * says so without a date; since format 1.2.
   */
  public abstract Optional<EventTiming> timing();

  /** Where. */
  public abstract Optional<Venue> venue();

  /** Why, as the source gives the reason: "because Putin did not attend". */
  public abstract Optional<String> reason();

  /** The event in the source's terms, if more than the kind says. */
  public abstract Optional<String> description();

  /**
   * How long what the claim speaks of lasts, if the source says: "a two-hour meeting", "a walk-out of 40 minutes"; since format 1.2.
   */
  public abstract Optional<DurationEstimate> duration();

  /**
   * The key of the event this one followed from, as the source tells it ("the American president
   * canceled his plans when it became clear the Russian president would not attend": the key of
   * Putin's absence); since format 1.2. Two sources that give the cause the other way round
   * disagree.
   */
  public abstract Optional<String> cause();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProcessEvent}. */
  public static final class Builder extends ImmutableProcessEvent.Builder {}

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.notBlank(n, "note"));
    key().ifPresent(k -> Checks.key(k, "event key"));
    reason().ifPresent(r -> Checks.notBlank(r, "event reason"));
    description().ifPresent(d -> Checks.notBlank(d, "event description"));
    cause().ifPresent(c -> Checks.key(c, "event cause"));
    if (key().isPresent() && key().equals(cause())) {
      throw new IllegalArgumentException("Invalid value for event cause (an event cannot follow from itself): \""
          + cause().get() + "\"");
    }
  }
}
