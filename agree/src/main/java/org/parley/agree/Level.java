package org.parley.agree;

import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.dkpro.statistics.agreement.distance.RatioDistanceFunction;

/** A level of measurement: how far apart two values are for Krippendorff's alpha. */
public enum Level {
  /** Values are the same or not: enumerations, actors, issues. */
  NOMINAL,
  /** Values have an order and nothing more (before, during, after the talks); whole numbers by rank. */
  ORDINAL,
  /** Differences count (days between dates). */
  INTERVAL,
  /** Differences count relative to the size of the values (amounts, durations). */
  RATIO;

  IDistanceFunction distance() {
    return switch (this) {
      case NOMINAL -> new NominalDistanceFunction();
      case ORDINAL -> new OrdinalDistanceFunction();
      case INTERVAL -> new IntervalDistanceFunction();
      case RATIO -> new RatioDistanceFunction();
    };
  }

  /** The level's name in lower case, as tables print it. */
  public String words() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
