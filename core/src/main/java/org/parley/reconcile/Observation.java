package org.parley.reconcile;

import java.util.List;
import java.util.Optional;
import org.parley.model.ReportId;
import org.parley.model.SourceId;
import org.parley.model.Stance;

/**
 * One claim filed under an item, as the conflict rules see it: the value for people, what the rules
 * compare (the value, of the item type's type; null for a statement), the source and report it
 * comes from, and the number of parties a per-party quantity counts for. A statement filed under the
 * claim it speaks to is an observation too, with its stance if it takes one, and for a statement about
 * one value of the claim, that value as {@code field=value} ({@code type=peace_agreement}).
 */
record Observation<T>(String display, T value, SourceId source, ReportId report, int parties,
    boolean isStatement, Optional<Stance> stance, Optional<String> about) {

  /** The values of the claims among {@code observations}, statements left out, in filing order. */
  static <T> List<T> values(List<Observation<T>> observations) {
    return observations.stream().filter(o -> !o.isStatement()).map(Observation::value).toList();
  }
}
