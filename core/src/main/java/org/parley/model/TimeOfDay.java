package org.parley.model;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A time of day as a source gives it, in whole minutes, with the UTC offset when the source states
 * or implies one: "8:30 a.m. (0630 GMT)" is {@code 08:30+02:00}; "noon local time" is {@code 12:00}.
 * The text form is ISO 8601's {@code HH:MM}, then {@code Z} or {@code ±HH:MM} when the offset is
 * known. {@link #parse} and {@link #format} are inverse.
 */
@Value.Immutable
public abstract class TimeOfDay {

  private static final Pattern TEXT_FORM = Pattern.compile("(\\d{2}):(\\d{2})(Z|[+-]\\d{2}:\\d{2})?");

  /** The local time, in whole minutes. */
  @Value.Parameter
  public abstract LocalTime time();

  /** The offset from UTC, if known. */
  @Value.Parameter
  public abstract Optional<ZoneOffset> offset();

  /** A local time whose offset the source does not give. */
  public static TimeOfDay of(int hour, int minute) {
    return ImmutableTimeOfDay.of(LocalTime.of(hour, minute), Optional.empty());
  }

  /** A time at a known offset from UTC. */
  public static TimeOfDay of(int hour, int minute, ZoneOffset offset) {
    return ImmutableTimeOfDay.of(LocalTime.of(hour, minute), Optional.of(offset));
  }

  /**
   * Reads the text form, {@code HH:MM} with an optional {@code Z} or {@code ±HH:MM}.
   *
   * @throws IllegalArgumentException naming the expected form, if the text does not follow it
   */
  public static TimeOfDay parse(String text) {
    Matcher m = TEXT_FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("Invalid time of day \"" + text
          + "\": expected HH:MM, optionally followed by Z or an offset such as +02:00 (as 08:30+02:00)");
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    Checks.inRange(hour, 0, 23, "time of day hour");
    Checks.inRange(minute, 0, 59, "time of day minute");
    if (m.group(3) == null) {
      return of(hour, minute);
    }
    try {
      return of(hour, minute, ZoneOffset.of(m.group(3)));
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("Invalid time of day \"" + text + "\": " + e.getMessage(), e);
    }
  }

  /** The text form: {@code 08:30}, {@code 06:30Z}, {@code 08:30+02:00}. */
  public String format() {
    return String.format("%02d:%02d", time().getHour(), time().getMinute()) + offset().map(ZoneOffset::getId).orElse("");
  }

  /** The minute of the day in UTC, when the offset is known. */
  public Optional<Integer> utcMinuteOfDay() {
    return offset().map(o -> Math.floorMod(time().getHour() * 60 + time().getMinute() - o.getTotalSeconds() / 60, 24 * 60));
  }

  @Override
  public String toString() {
    return format();
  }

  @Value.Check
  void check() {
    if (time().getSecond() != 0 || time().getNano() != 0) {
      throw new IllegalArgumentException("Invalid value for time of day (whole minutes): " + time());
    }
    offset().ifPresent(o -> {
      if (o.getTotalSeconds() % 60 != 0) {
        throw new IllegalArgumentException("Invalid value for time of day offset (whole minutes): " + o);
      }
    });
  }
}
