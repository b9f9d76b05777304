package org.parley.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A phase of a phased agreement, as a source gives it: "the first phase, lasting 42 days" is number 1,
 * 42 days; "a phase of 42 days" is 42 days alone (since format 1.2; before, a number or a name was needed).
 *
 * <p>Nothing is required to build it beyond what its checks say; every attribute is optional.
 */
@Value.Immutable
public abstract class Phase {

  /** Its number, counting from 1, if the source gives it. */
  public abstract Optional<Integer> number();

  /** Its name, if the source gives one: "the humanitarian phase". */
  public abstract Optional<String> name();

  /** How many days it lasts, if the source says. */
  public abstract Optional<Integer> days();

  /** Phase number {@code number}. */
  public static Phase of(int number) {
    return builder().number(number).build();
  }

  /** Phase number {@code number}, lasting {@code days} days. */
  public static Phase of(int number, int days) {
    return builder().number(number).days(days).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Phase}. */
  public static final class Builder extends ImmutablePhase.Builder {}

  @Value.Check
  void check() {
    number().ifPresent(n -> Checks.positive(n, "phase number"));
    days().ifPresent(d -> Checks.positive(d, "phase days"));
    name().ifPresent(n -> Checks.notBlank(n, "phase name"));
    if (number().isEmpty() && name().isEmpty() && days().isEmpty()) {
      // "a phase of 42 days" names neither a number nor a name: its length is enough (format 1.2).
      throw new IllegalArgumentException("Invalid value for phase: give its number, its name or its length in days");
    }
  }
}
