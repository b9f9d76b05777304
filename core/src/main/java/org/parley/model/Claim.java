package org.parley.model;

import java.util.List;
import java.util.Optional;

/**
 * Something a source asserts: a demand, an outcome, a statement, a date, an agreement's status, a
 * fact. A claim rests on {@link Evidence}, the source's own words, and may carry an encoder's
 * {@link Assessment} that leaves what the source said untouched, and a coder's note that says why an
 * encoding decision was made.
 */
public interface Claim {

  /** The passages of the source this claim rests on; a well-formed dataset has at least one. */
  List<Evidence> evidence();

  /** The encoder's verdict on this claim, if one was made. */
  Optional<Assessment> assessment();

  /**
   * The coder's note on how the claim was encoded ("'Day 7' counted from the first day of phase
   * one"), if any: a record of a decision, not a verdict on the claim, which is the assessment's.
   */
  Optional<String> note();
}
