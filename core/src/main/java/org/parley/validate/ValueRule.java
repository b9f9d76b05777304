package org.parley.validate;

import org.parley.model.JsonPointer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Dataset;
import org.parley.model.Quantity;
import org.parley.model.QuantityBasis;
import org.parley.model.QuantityQualifier;
import org.parley.model.PartialDate;
import org.parley.model.Report;

/**
 * Dates exist in the calendar and fall on the weekday given with them; durations and quantities are
 * positive. These are checked here rather than at construction because a source may print such a
 * value, and the dataset records what the source said before a person decides what to do with it.
 */
final class ValueRule extends StandardRule {

  @Override
  void checkIndex(Dataset dataset, RuleContext context) {
    Walk.each(dataset.sources(), Walk.SOURCES, (source, at) -> {
      source.publicationDate().ifPresent(date -> checkDate(date, at.child("publicationDate"), context));
      Walk.each(source.revisions(), at.child("revisions"), (r, rp) ->
          r.date().ifPresent(date -> checkDate(date, rp.child("date"), context)));
    });
  }

  @Override
  void checkReport(Report report, JsonPointer at, RuleContext context) {
    report.date().ifPresent(date -> checkDate(date.value(), at.child("date").child("value"), context));
    report.duration().ifPresent(duration -> {
      if (duration.value().minutes() == 0) {
        context.error(Codes.DURATION_NOT_POSITIVE, at.child("duration").child("value").child("minutes"),
            "a duration of 0 minutes; a length of talks must be positive");
      }
      checkPlausible(duration.value().minutes(), at.child("duration").child("value").child("minutes"), context);
    });
    Walk.each(report.dates(), at.child("dates"), (d, dp) -> d.date().ifPresent(date -> checkDate(date, dp.child("date"), context)));
    Walk.each(report.events(), at.child("events"), (e, ep) -> e.date().ifPresent(date -> checkDate(date, ep.child("date"), context)));
    Walk.each(report.facts(), at.child("facts"), (f, fp) -> {
      f.date().ifPresent(date -> checkDate(date, fp.child("date"), context));
      f.since().ifPresent(date -> checkDate(date, fp.child("since"), context));
      f.duration().ifPresent(d -> {
        if (d.minutes() == 0) {
          context.error(Codes.DURATION_NOT_POSITIVE, fp.child("duration").child("minutes"),
              "a duration of 0 minutes; a length of time must be positive");
        }
        checkPlausible(d.minutes(), fp.child("duration").child("minutes"), context);
      });
    });
    Walk.quantities(report, at, (quantity, qp) -> {
      if (quantity.amount() == 0 && quantity.qualifier() != QuantityQualifier.UP_TO
          && quantity.qualifier() != QuantityQualifier.FEWER_THAN && quantity.qualifier() != QuantityQualifier.RANGE) {
        context.error(Codes.QUANTITY_NOT_POSITIVE, qp.child("amount"),
            "a quantity of 0 " + quantity.unit() + "; a quantity must be positive");
      }
      long largest = quantity.max().orElse(quantity.amount());
      if (largest > MAX_PLAUSIBLE_QUANTITY) {
        context.warning(Codes.QUANTITY_IMPLAUSIBLE, qp.child(quantity.max().isPresent() ? "max" : "amount"),
            "a quantity of " + largest + " " + quantity.unit() + " is beyond any count or sum reported (more than "
                + MAX_PLAUSIBLE_QUANTITY + "); check the figure");
      }
    });
    Walk.quantityLists(report, at, (quantities, lp) -> checkParts(quantities, lp, context));
  }

  /**
   * Parts within one claim ("three hostages on Day 1, four on Day 7") must not add up to more than an
   * exact or bounded total the claim gives for the same thing ("33 Israeli hostages"). Units are the
   * same thing when equal, case ignored, or when one is the other with words in front of it
   * ("Israeli hostages" and "hostages").
   */
  private static void checkParts(List<Quantity> quantities, JsonPointer at, RuleContext context) {
    Map<String, Long> exact = new HashMap<>();      // parts by their unit
    Map<String, Long> bySuffix = new HashMap<>();   // parts by every tail of their unit, the whole unit included
    Map<String, Integer> lastPart = new HashMap<>();
    for (int i = 0; i < quantities.size(); i++) {
      Quantity q = quantities.get(i);
      if (q.part()) {
        String unit = unit(q);
        exact.merge(unit, q.amount(), ValueRule::plus);
        for (String tail : tails(unit)) {
          bySuffix.merge(tail, q.amount(), ValueRule::plus);
          lastPart.put(tail, i);
        }
      }
    }
    if (exact.isEmpty()) {
      return;
    }
    for (Quantity q : quantities) {
      boolean bounded = q.qualifier() == QuantityQualifier.EXACT || q.qualifier() == QuantityQualifier.UP_TO
          || q.qualifier() == QuantityQualifier.RANGE;
      if (q.part() || !bounded || q.basis() != QuantityBasis.TOTAL) {
        continue;
      }
      String unit = unit(q);
      long parts = bySuffix.getOrDefault(unit, 0L);
      for (String tail : tails(unit)) {
        if (!tail.equals(unit)) {
          parts = plus(parts, exact.getOrDefault(tail, 0L));
        }
      }
      long total = q.qualifier() == QuantityQualifier.RANGE ? q.max().orElse(q.amount()) : q.amount();
      if (parts > total) {
        int last = lastPart.getOrDefault(unit, -1);
        for (String tail : tails(unit)) {
          if (exact.containsKey(tail)) {
            last = Math.max(last, lastPart.get(tail));
          }
        }
        context.error(Codes.PARTS_EXCEED_TOTAL, at.child(last).child("amount"),
            "the parts of \"" + q.unit() + "\" add up to " + parts + ", more than the total of " + total
                + " the same claim gives");
        return;
      }
    }
  }

  private static String unit(Quantity q) {
    return String.join(" ", q.unit().toLowerCase(java.util.Locale.ROOT).trim().split("\\s+"));
  }

  /** The unit and each ending of it that starts at a word: "israeli hostages", "hostages". */
  private static List<String> tails(String unit) {
    List<String> tails = new java.util.ArrayList<>();
    tails.add(unit);
    for (int i = unit.indexOf(' '); i >= 0; i = unit.indexOf(' ', i + 1)) {
      tails.add(unit.substring(i + 1));
    }
    return tails;
  }

  private static long plus(long a, long b) {
    return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
  }

  /** A thousand years in minutes: no length of talks or of a conflict is longer. */
  static final long MAX_PLAUSIBLE_MINUTES = 1000L * 36_525 * 24 * 60 / 100;

  /** A million billion: more than any count of people or sum of money a report gives. */
  static final long MAX_PLAUSIBLE_QUANTITY = 1_000_000_000_000_000L;

  private static void checkPlausible(long minutes, JsonPointer at, RuleContext context) {
    if (minutes > MAX_PLAUSIBLE_MINUTES) {
      context.warning(Codes.DURATION_IMPLAUSIBLE, at, "a duration of " + minutes + " minutes is more than a thousand"
          + " years (" + MAX_PLAUSIBLE_MINUTES + " minutes); check the figure");
    }
  }

  private static void checkDate(PartialDate date, JsonPointer at, RuleContext context) {
    if (!date.isCalendarDate()) {
      context.error(Codes.NOT_A_CALENDAR_DATE, at,
          date.format() + " is not a date: month " + date.month().getAsInt() + " of " + date.year() + " has "
              + date.earliest().lengthOfMonth() + " days");
      return;
    }
    date.dayOfWeek().ifPresent(weekday -> {
      if (date.day().isPresent() && date.earliest().getDayOfWeek() != weekday) {
        context.warning(Codes.WEEKDAY_MISMATCH, at,
            date.format() + " is a " + name(date.earliest().getDayOfWeek()) + ", not a " + name(weekday));
      }
    });
  }

  private static String name(java.time.DayOfWeek day) {
    return day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
  }
}
