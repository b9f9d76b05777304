package org.parley.reconcile;

import org.immutables.value.Value;
import org.parley.model.Evidence;

/**
 * Where a passage of evidence lies in its source's document, without its text: code point offsets,
 * the start inclusive and the end exclusive, as W3C Web Annotation's TextPositionSelector and
 * {@link Evidence} count them. A reconciliation keeps evidence in this form, so that its size does not
 * grow with the length of the quotations; the passage's text is the report's, at {@link Support#pointer()}.
 */
@Value.Immutable
public abstract class TextPosition {

  /** The offset of the first code point of the passage (inclusive). */
  @Value.Parameter
  public abstract int start();

  /** The offset just past the last code point of the passage (exclusive). */
  @Value.Parameter
  public abstract int end();

  /** The position of {@code start} to {@code end}. */
  public static TextPosition of(int start, int end) {
    return ImmutableTextPosition.of(start, end);
  }

  /** The position of a passage of evidence. */
  public static TextPosition of(Evidence evidence) {
    return of(evidence.start(), evidence.end());
  }

  @Value.Check
  void check() {
    if (start() < 0 || end() < start()) {
      throw new IllegalArgumentException("Invalid text position (start must be at least 0 and end at least start): "
          + start() + " to " + end());
    }
  }
}
