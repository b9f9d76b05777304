package org.parley.model;

import java.time.Duration;
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

  /**
   * The length as a person would say it, in the largest unit it is a whole number of (years of 365
   * days, days, hours, minutes), with the qualifier in the words quantities use: "90 minutes", "less
   * than 2 hours", "more than 3 years", "about 42 days", "up to 99 years".
   */
  @Override
  public String toString() {
    String figure = figure(minutes());
    return switch (qualifier()) {
      case EXACT -> figure;
      case ABOUT -> "about " + figure;
      case UNDER -> "less than " + figure;
      case OVER -> "more than " + figure;
      case UP_TO -> "up to " + figure;
      case AT_LEAST -> "at least " + figure;
    };
  }

  private static final long HOUR = 60;
  private static final long DAY = 24 * HOUR;
  private static final long YEAR = 365 * DAY;

  private static String figure(long minutes) {
    long[] sizes = {YEAR, DAY, HOUR};
    String[] units = {"year", "day", "hour"};
    for (int i = 0; i < sizes.length; i++) {
      if (minutes > 0 && minutes % sizes[i] == 0) {
        long n = minutes / sizes[i];
        return n + " " + units[i] + (n == 1 ? "" : "s");
      }
    }
    return minutes + (minutes == 1 ? " minute" : " minutes");
  }

  @Value.Check
  void check() {
    Checks.notNegative(minutes(), "duration minutes");
  }
}
