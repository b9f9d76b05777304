package org.parley.model;

import java.time.Duration;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * How long something lasted, as a source states it: a number of minutes and how the source
 * qualifies it. "90 minutes" is 90 {@link DurationQualifier#EXACT exact}; "under two hours" is 120
 * {@link DurationQualifier#UNDER under}; "just two hours" is 120 exact.
 *
 * <p>Required to build: {@link #minutes()}, {@link #qualifier()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class DurationEstimate {

  /** The figure the source gives, in whole minutes. */
  @Value.Parameter
  public abstract long minutes();

  /** How the source qualifies the figure. */
  @Value.Parameter
  public abstract DurationQualifier qualifier();

  /** A figure in minutes with a qualifier. */
  public static DurationEstimate of(long minutes, DurationQualifier qualifier) {
    return ImmutableDurationEstimate.of(minutes, qualifier);
  }

  /** Exactly this long: "90 minutes". */
  public static DurationEstimate exact(Duration duration) {
    return of(wholeMinutes(duration), DurationQualifier.EXACT);
  }

  /** About this long: "about an hour". */
  public static DurationEstimate about(Duration duration) {
    return of(wholeMinutes(duration), DurationQualifier.ABOUT);
  }

  /** At most this long: "under two hours". */
  public static DurationEstimate under(Duration duration) {
    return of(wholeMinutes(duration), DurationQualifier.UNDER);
  }

  /** At least this long: "over three hours". */
  public static DurationEstimate over(Duration duration) {
    return of(wholeMinutes(duration), DurationQualifier.OVER);
  }

  private static long wholeMinutes(Duration duration) {
    if (duration.isNegative() || duration.toSecondsPart() != 0 || duration.toNanosPart() != 0) {
      throw new IllegalArgumentException(
          "Invalid value for duration (whole minutes, not negative): " + duration);
    }
    return duration.toMinutes();
  }

  /** The figure as a {@link Duration}. */
  public Duration duration() {
    return Duration.ofMinutes(minutes());
  }

  @Override
  public String toString() {
    String figure = minutes() + (minutes() == 1 ? " minute" : " minutes");
    return qualifier() == DurationQualifier.EXACT
        ? figure
        : qualifier().name().toLowerCase(Locale.ROOT) + " " + figure;
  }

  @Value.Check
  void check() {
    Checks.notNegative(minutes(), "duration minutes");
  }
}
