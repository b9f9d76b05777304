package org.parley.reconcile;

import org.immutables.value.Value;

/**
 * Why the values of one item cannot all be true, or a difference between them the rules cannot
 * decide: a stable code from {@link ConflictCodes}, which programs match on, and a message for people.
 */
@Value.Immutable
public abstract class Conflict {

  /** The stable code, such as {@code conflict.date}. */
  @Value.Parameter
  public abstract String code();

  /** What disagrees, for people. */
  @Value.Parameter
  public abstract String message();

  /**
   * Whether the rules decided that the values cannot all be true ({@code conflict.*}); false for a
   * difference they cannot decide ({@code unclear.*}), such as one source naming more actors.
   */
  public boolean decided() {
    return !ConflictCodes.undecided(code());
  }

  /** A conflict with this code and message. */
  public static Conflict of(String code, String message) {
    return ImmutableConflict.of(code, message);
  }

  @Override
  public String toString() {
    return code() + ": " + message();
  }
}
