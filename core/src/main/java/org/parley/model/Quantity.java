package org.parley.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A number with its unit, as a source states it: "1,000 prisoners of war from each side" is 1000
 * {@code prisoners of war} {@link QuantityBasis#PER_PARTY per party}, a number a program can compare,
 * not a string. Vague figures keep their qualifier and the words as written: "more than 1,000" is
 * 1000 {@link QuantityQualifier#MORE_THAN more than}; "hundreds" is, since format 1.2, the {@link
 * #magnitude()} {@link Magnitude#HUNDREDS}, which gives the amount {@link QuantityQualifier#AT_LEAST at
 * least} 200 by itself (reporters write "hundreds" of 1,900 as well as of 300, so no upper bound is
 * read into it, and the encoder picks no number). A flow names its direction ("released by Hamas to the
 * Red Cross": {@link #by()}, {@link #to()}), and a quantity that is one part of a total ("three on
 * Day 1") is marked as a {@link #part()}, so that parts are added up rather than compared with the
 * total.
 *
 * <p>Required to build: {@link #unit()}, and {@link #amount()} unless a {@link #magnitude()} gives it; every
 * other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class Quantity {

  /**
   * The number; for a {@link QuantityQualifier#RANGE range}, its lower end; for a {@link #magnitude()},
   * the least number its words allow.
   */
  @Value.Default
  public long amount() {
    return magnitude().map(Magnitude::least).orElse(NOT_GIVEN);
  }

  /** What {@link #amount()} is while neither it nor a magnitude is given; {@link #check()} refuses it. */
  private static final long NOT_GIVEN = Long.MIN_VALUE;

  /** The order of magnitude the source gives in words instead of a number ("hundreds"); since format 1.2. */
  public abstract Optional<Magnitude> magnitude();

  /** The upper end of a {@link QuantityQualifier#RANGE range}; absent for any other qualifier. */
  public abstract Optional<Long> max();

  /**
   * How the source qualifies the number; {@link QuantityQualifier#EXACT exact} unless set, {@link
   * QuantityQualifier#AT_LEAST at least} for a magnitude.
   */
  @Value.Default
  public QuantityQualifier qualifier() {
    return magnitude().isPresent() ? QuantityQualifier.AT_LEAST : QuantityQualifier.EXACT;
  }

  /** What is counted, in the source's words: "prisoners of war". */
  public abstract String unit();

  /** Whether the number is a total, counts for each party, or the source does not say; total unless set. */
  @Value.Default
  public QuantityBasis basis() {
    return QuantityBasis.TOTAL;
  }

  /** The figure in the source's words when they are not a plain number: "hundreds", "dozens". */
  public abstract Optional<String> words();

  /** Who gives, releases or sends what is counted, if the source says: "released by Hamas". */
  public abstract Optional<ActorId> by();

  /** Who receives it, if the source says. */
  public abstract Optional<ActorId> to();

  /** Whether this number is one part of a total the source breaks down ("three on Day 1"); false unless set. */
  @Value.Default
  public boolean part() {
    return false;
  }

  /**
   * The day the number falls on, counted from 1 within a phase, when the source counts days ("three
   * hostages on Day 1"); since format 1.2.
   */
  public abstract Optional<Integer> day();

  /** The phase {@link #day()} counts within, if the source says ("Day 7 of the first phase"); since format 1.2. */
  public abstract Optional<Integer> phase();

  /** A total: "up to 6,000 bodies" is {@code of(6000, "bodies")} with qualifier up_to. */
  public static Quantity of(long amount, String unit) {
    return builder().amount(amount).unit(unit).build();
  }

  /** A number for each party: "1,000 prisoners of war from each side". */
  public static Quantity perParty(long amount, String unit) {
    return builder().amount(amount).unit(unit).basis(QuantityBasis.PER_PARTY).build();
  }

  /** A range, both ends included: "between 200 and 300 detainees". */
  public static Quantity range(long min, long max, String unit) {
    return builder().amount(min).max(max).qualifier(QuantityQualifier.RANGE).unit(unit).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Quantity}. */
  public static final class Builder extends ImmutableQuantity.Builder {}

  @Override
  public String toString() {
    String figure = switch (qualifier()) {
      case EXACT -> String.valueOf(amount());
      case RANGE -> amount() + "–" + max().orElse(amount());
      default -> qualifier().wireName().replace('_', ' ') + " " + amount();
    };
    String basis = switch (basis()) {
      case PER_PARTY -> " per party";
      case UNSPECIFIED -> " (total or per party)";
      default -> "";
    };
    return (part() ? "part: " : "") + figure + " " + unit() + basis
        + day().map(d -> " on Day " + d + phase().map(p -> " of phase " + p).orElse("")).orElse("")
        + words().map(w -> " (\"" + w + "\")").orElse("");
  }

  @Value.Check
  void check() {
    if (amount() == NOT_GIVEN) {
      throw new IllegalArgumentException("Invalid value for quantity: give its amount, or its magnitude for words such"
          + " as \"hundreds\"");
    }
    magnitude().ifPresent(m -> {
      if (amount() != m.least() || qualifier() != QuantityQualifier.AT_LEAST) {
        throw new IllegalArgumentException("Invalid value for quantity magnitude: \"" + m.wireName() + "\" is at least "
            + m.least() + " by itself; leave amount and qualifier out rather than say more than the words");
      }
    });
    Checks.notNegative(amount(), "quantity amount");
    Checks.notBlank(unit(), "quantity unit");
    day().ifPresent(d -> Checks.positive(d, "quantity day"));
    phase().ifPresent(p -> Checks.positive(p, "quantity phase"));
    if (phase().isPresent() && day().isEmpty()) {
      throw new IllegalArgumentException("Invalid value for quantity phase: a phase is given only with the day counted"
          + " in it");
    }
    words().ifPresent(w -> Checks.notBlank(w, "quantity words"));
    if (qualifier() == QuantityQualifier.RANGE) {
      long max = max().orElseThrow(() -> new IllegalArgumentException(
          "Invalid value for quantity max: a range needs its upper end (max) besides its lower end (amount)"));
      if (max < amount()) {
        throw new IllegalArgumentException("Invalid value for quantity max (must not be below amount "
            + amount() + "): " + max);
      }
    } else if (max().isPresent()) {
      throw new IllegalArgumentException("Invalid value for quantity max: only a range has a max; this quantity is "
          + qualifier().wireName());
    }
  }
}
