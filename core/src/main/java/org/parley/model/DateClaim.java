package org.parley.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A date a report gives, with what it is the date of: the talks were held, a deal was announced or
 * signed, a ceasefire takes effect, a round is scheduled, a step has a deadline. It may carry a time
 * of day with its UTC offset ("8:30 a.m. (0630 GMT)"), or be a day counted within a phase ("on Day
 * 7" of phase 1) when the source gives no calendar date. It may name what it dates: an agreement, a
 * provision of it, or a process event by key, and whose act it dates; a key of its own tells apart
 * two dates that role and subject do not. Reconciliation compares only dates of one role, subject,
 * actor and key, so a ceasefire's effective date never "conflicts" with the date of the meeting.
 *
 * <p>Required to build: {@link #role()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class DateClaim implements Claim {

  /** What the date is the date of. */
  public abstract DateRole role();

  /** The calendar date, as precisely as the source gives it. */
  public abstract Optional<PartialDate> date();

  /**
   * The day of the week the source names when it gives no calendar date ("on Friday"), relative to
   * its publication, so that no month or year is invented; since format 1.2. With a calendar date,
   * the weekday belongs in the date ({@code 2025-05-16 (Friday)}).
   */
  public abstract Optional<Weekday> weekday();

  /**
   * The date relative to the source's publication, as the source gives it ("next week", "in the coming
   * days") when it gives no calendar date; since format 1.2. With {@link #weekday()} for "next
   * Tuesday".
   */
  public abstract Optional<RelativeDate> relative();

  /** The time of day, if the source gives one. */
  public abstract Optional<TimeOfDay> time();

  /** The day within a phase, counting from 1, when the source counts days ("Day 7"). */
  public abstract Optional<Integer> day();

  /** The phase {@link #day()} counts within, if the source says. */
  public abstract Optional<Integer> phase();

  /** The agreement dated, if any. */
  public abstract Optional<AgreementId> agreement();

  /** The key of the provision of {@link #agreement()} dated, if any. */
  public abstract Optional<String> provision();

  /** The key of the process event dated, if any. */
  public abstract Optional<String> event();

  /**
   * Whose act is dated, if the source says: the party that approved an agreement ("Israel's cabinet
   * approved the deal on Friday"), the side that announced something; since format 1.2.
   */
  public abstract Optional<ActorId> actor();

  /**
   * The coder's key for what is dated, when its role and subject alone do not tell it from another
   * date: the deal's announcement and the announcement of its start time are both {@code announced}
   * dates of one agreement, told apart by a key ({@code start-time}); since format 1.2. Sources that
   * date the same thing give it the same key.
   */
  public abstract Optional<String> key();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DateClaim}. */
  public static final class Builder extends ImmutableDateClaim.Builder {}

  /**
   * This claim with its relative date counted from its source's publication day ({@link
   * RelativeDate#countedFrom}) as a calendar date, relative date and weekday replaced; empty when it
   * has no relative date or that names no calendar date.
   */
  public Optional<DateClaim> countedFrom(PartialDate published) {
    return relative().flatMap(r -> r.countedFrom(published, weekday())).map(d -> builder().from(this)
        .relative(Optional.empty()).weekday(Optional.empty()).date(d).build());
  }

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.notBlank(n, "note"));
    day().ifPresent(d -> Checks.positive(d, "date day"));
    phase().ifPresent(p -> Checks.positive(p, "date phase"));
    provision().ifPresent(k -> Checks.key(k, "date provision"));
    event().ifPresent(k -> Checks.key(k, "date event"));
    key().ifPresent(k -> Checks.key(k, "date key"));
    if (date().isEmpty() && day().isEmpty() && time().isEmpty() && weekday().isEmpty() && relative().isEmpty()) {
      throw new IllegalArgumentException("Invalid value for date: give the calendar date, the day within a phase,"
          + " the weekday, the date relative to publication, or the time of day");
    }
    if (date().isPresent() && relative().isPresent()) {
      throw new IllegalArgumentException("Invalid value for date relative: a calendar date is not relative to"
          + " publication; give one or the other");
    }
    if (weekday().isPresent() && relative().filter(r -> !r.isWeek()).isPresent()) {
      throw new IllegalArgumentException("Invalid value for date relative: a weekday is named only within last week,"
          + " this week or next week, not " + relative().get().wireName());
    }
    if (date().isPresent() && weekday().isPresent()) {
      throw new IllegalArgumentException("Invalid value for date weekday: with a calendar date, name the weekday in"
          + " the date, as in 2025-05-16 (Friday)");
    }
    if (phase().isPresent() && day().isEmpty()) {
      throw new IllegalArgumentException("Invalid value for date phase: a phase is given only with the day counted in it");
    }
    if (provision().isPresent() && agreement().isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid value for date provision: a provision belongs to an agreement; set the date's agreement too");
    }
  }
}
