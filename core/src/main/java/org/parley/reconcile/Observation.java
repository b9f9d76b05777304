package org.parley.reconcile;

import java.util.Optional;
import org.parley.model.Stance;

/**
 * One claim filed under an item: the value for people, what the rules compare (the payload), the
 * source's support, and the number of parties a per-party quantity counts for. A statement filed
 * under the claim it speaks to is an observation too, with its stance if it takes one.
 */
record Observation(String display, Object payload, Support support, int parties, boolean isStatement,
    Optional<Stance> stance) {

  /** A claim of the item. */
  static Observation claim(String display, Object payload, Support support, int parties) {
    return new Observation(display, payload, support, parties, false, Optional.empty());
  }
}
