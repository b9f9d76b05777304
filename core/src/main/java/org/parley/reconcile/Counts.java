package org.parley.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.model.Quantity;
import org.parley.model.QuantityBasis;

/**
 * What numbers quantities allow, as unions of closed ranges of whole numbers, and their
 * intersection: the arithmetic behind the quantity rule of {@link Compare}.
 */
final class Counts {

  /** A closed range of whole numbers, both ends included. */
  record Range(long lo, long hi) {
    @Override
    public String toString() {
      return lo == hi ? String.valueOf(lo) : hi == Long.MAX_VALUE ? lo + " or more" : lo + " to " + hi;
    }
  }

  /** Every number. */
  static final List<Range> ANY = List.of(new Range(0, Long.MAX_VALUE));

  private Counts() {}

  /** The totals a quantity allows, counting a per-party number once for each of {@code parties} (at least two). */
  static List<Range> allowed(Quantity q, int parties) {
    Range own = range(q);
    long n = Math.max(2, parties);
    Range perParty = new Range(times(own.lo, n), times(own.hi, n));
    if (q.basis() == QuantityBasis.PER_PARTY) {
      return List.of(perParty);
    }
    if (q.basis() == QuantityBasis.UNSPECIFIED) {
      return union(List.of(own, perParty));
    }
    return List.of(own);
  }

  /** The range one quantity's own words allow. */
  static Range range(Quantity q) {
    long a = q.amount();
    return switch (q.qualifier()) {
      case EXACT -> new Range(a, a);
      case ABOUT -> new Range((long) Math.floor(a * 0.85), a > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : (long) Math.ceil(a * 1.15));
      case AT_LEAST -> new Range(a, Long.MAX_VALUE);
      case MORE_THAN -> new Range(a == Long.MAX_VALUE ? a : a + 1, Long.MAX_VALUE);
      case UP_TO -> new Range(0, a);
      case FEWER_THAN -> new Range(0, Math.max(0, a - 1));
      case RANGE -> new Range(a, q.max().orElse(a));
    };
  }

  /** The numbers in both unions. */
  static List<Range> intersect(List<Range> a, List<Range> b) {
    List<Range> out = new ArrayList<>();
    for (Range x : a) {
      for (Range y : b) {
        long lo = Math.max(x.lo, y.lo);
        long hi = Math.min(x.hi, y.hi);
        if (lo <= hi) {
          out.add(new Range(lo, hi));
        }
      }
    }
    return union(out);
  }

  /** The same numbers as disjoint ranges in order. */
  static List<Range> union(List<Range> ranges) {
    List<Range> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingLong(Range::lo));
    List<Range> out = new ArrayList<>();
    for (Range r : sorted) {
      Range last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && r.lo <= (last.hi == Long.MAX_VALUE ? last.hi : last.hi + 1)) {
        out.set(out.size() - 1, new Range(last.lo, Math.max(last.hi, r.hi)));
      } else {
        out.add(r);
      }
    }
    return out;
  }

  static long plus(long a, long b) {
    return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
  }

  private static long times(long a, long n) {
    return a > Long.MAX_VALUE / n ? Long.MAX_VALUE : a * n;
  }
}
