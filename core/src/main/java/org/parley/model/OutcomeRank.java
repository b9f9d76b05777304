package org.parley.model;

/**
 * Where a source ranks an {@link Outcome} among the outcomes of the talks, when it says so: "the only
 * tangible outcome" (only), "among the few tangible outcomes" (among few), "the biggest outcome"
 * (largest). "Only" and "among few" cannot both be true of one outcome; "largest" fits either. Since
 * format 1.2.
 */
public enum OutcomeRank implements WireEnum {
  /** The talks had no other outcome of its sort: "the only tangible outcome". */
  ONLY,

  /** One of a few: "among the few tangible outcomes". */
  AMONG_FEW,

  /** The biggest or most important of the outcomes: "the biggest outcome". */
  LARGEST;

  /** Returns the constant with this wire name, or throws naming the allowed values. */
  public static OutcomeRank fromWireName(String wireName) {
    return WireEnum.parse(OutcomeRank.class, wireName);
  }
}
