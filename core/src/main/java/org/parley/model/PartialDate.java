package org.parley.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A date as precisely as a source gives it: a year, a month of a year, or a full date, optionally
 * with the day of the week the source names: "Friday, May 16, 2025" is 2025-05-16 (Friday), "May 15"
 * 2025-05-15. A source that says only "on Friday", with no month or year, is a {@link DateClaim} with a
 * {@link DateClaim#weekday() weekday} and no date (since format 1.2), so that none is invented. The text form is {@code YYYY[-MM[-DD]]} followed, when a weekday is named, by the
 * weekday in parentheses: {@code 2025-05 (Friday)}. {@link #parse} and {@link #format} are inverse.
 *
 * <p>A day of 1 to 31 is accepted in any month, because a source may print 30 February; whether the
 * date exists, and whether it falls on the named weekday, is checked by the validator.
 */
@Value.Immutable
public abstract class PartialDate {

  private static final Pattern TEXT_FORM =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?: \\(([A-Za-z]+)\\))?");

  /** The year, 1 to 9999. */
  public abstract int year();

  /** The month, 1 to 12, if the source gives one. */
  public abstract OptionalInt month();

  /** The day of the month, 1 to 31, if the source gives one; present only with a month. */
  public abstract OptionalInt day();

  /** The day of the week the source names, if any ("on Friday"). */
  public abstract Optional<DayOfWeek> dayOfWeek();

  /** The year alone. */
  public static PartialDate of(int year) {
    return builder().year(year).build();
  }

  /** A month of a year. */
  public static PartialDate of(int year, int month) {
    return builder().year(year).month(month).build();
  }

  /** A full date. */
  public static PartialDate of(int year, int month, int day) {
    return builder().year(year).month(month).day(day).build();
  }

  /** The date of a {@link LocalDate}. */
  public static PartialDate of(LocalDate date) {
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Reads the text form {@code YYYY[-MM[-DD]][ (Weekday)]}, for example {@code 2025-05-16} or
   * {@code 2025-05 (Friday)}.
   *
   * @throws IllegalArgumentException saying what is wrong, if the text is not of that form
   */
  public static PartialDate parse(String text) {
    Matcher m = TEXT_FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Invalid partial date \"" + text + "\": expected YYYY, YYYY-MM or YYYY-MM-DD, optionally"
              + " followed by a weekday in parentheses, as in \"2025-05 (Friday)\"");
    }
    Builder builder = builder().year(Integer.parseInt(m.group(1)));
    if (m.group(2) != null) {
      builder.month(Integer.parseInt(m.group(2)));
    }
    if (m.group(3) != null) {
      builder.day(Integer.parseInt(m.group(3)));
    }
    if (m.group(4) != null) {
      builder.dayOfWeek(parseWeekday(m.group(4), text));
    }
    return builder.build();
  }

  private static DayOfWeek parseWeekday(String name, String text) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (weekdayName(day).equals(name)) {
        return day;
      }
    }
    throw new IllegalArgumentException(
        "Invalid weekday \"" + name + "\" in partial date \"" + text + "\": expected Monday to Sunday");
  }

  private static String weekdayName(DayOfWeek day) {
    return Weekday.of(day).englishName();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartialDate}. */
  public static final class Builder extends ImmutablePartialDate.Builder {}

  /** How much of the date is given. */
  public DatePrecision precision() {
    return day().isPresent() ? DatePrecision.DAY
        : month().isPresent() ? DatePrecision.MONTH : DatePrecision.YEAR;
  }

  /** Whether this date exists in the calendar (not 30 February, not 31 April). */
  public boolean isCalendarDate() {
    return day().isEmpty() || day().getAsInt() <= yearMonth().lengthOfMonth();
  }

  /** The first day this date can mean; for a day that does not exist, the last day of its month. */
  public LocalDate earliest() {
    YearMonth ym = yearMonth();
    return day().isPresent() ? ym.atDay(Math.min(day().getAsInt(), ym.lengthOfMonth())) : ym.atDay(1);
  }

  /** The last day this date can mean; for a day that does not exist, the last day of its month. */
  public LocalDate latest() {
    YearMonth ym = month().isPresent() ? yearMonth() : YearMonth.of(year(), 12);
    return day().isPresent() ? earliest() : ym.atEndOfMonth();
  }

  private YearMonth yearMonth() {
    return YearMonth.of(year(), month().orElse(1));
  }

  /** The text form read by {@link #parse}. */
  public String format() {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%04d", year()));
    month().ifPresent(m -> text.append(String.format(Locale.ROOT, "-%02d", m)));
    day().ifPresent(d -> text.append(String.format(Locale.ROOT, "-%02d", d)));
    dayOfWeek().ifPresent(w -> text.append(" (").append(weekdayName(w)).append(')'));
    return text.toString();
  }

  @Override
  public String toString() {
    return format();
  }

  @Value.Check
  void check() {
    Checks.inRange(year(), 1, 9999, "year");
    month().ifPresent(m -> Checks.inRange(m, 1, 12, "month"));
    day().ifPresent(d -> Checks.inRange(d, 1, 31, "day"));
    if (day().isPresent() && month().isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid partial date: a day (" + day().getAsInt() + ") needs a month");
    }
  }
}
