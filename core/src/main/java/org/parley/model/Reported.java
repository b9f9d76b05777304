package org.parley.model;

import org.immutables.value.Value;

/**
 * A value as one source reports it, such as the date, venue or length of the talks: the value
 * exactly as that source gives it ("Friday", "under two hours"), the passages it rests on, and an
 * optional assessment. Two sources that give different values produce two {@code Reported} values
 * in two reports; nothing is merged.
 *
 * @param <T> the type of the value
 *
 * <p>Required to build: {@link #value()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class Reported<T> implements Claim {

  /** The value as the source gives it. */
  public abstract T value();

  /** The value with the passages that state it. */
  public static <T> Reported<T> of(T value, Evidence... evidence) {
    return Reported.<T>builder().value(value).addEvidence(evidence).build();
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Builds a {@link Reported} value. */
  public static final class Builder<T> extends ImmutableReported.Builder<T> {}

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.notBlank(n, "note"));
  }
}
