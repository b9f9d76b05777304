package org.parley.model;

import org.immutables.value.Value;

/**
 * A passage of a source document that a claim rests on: its exact text and where it starts. Offsets
 * count Unicode code points from the start of the document, as W3C Web Annotation's
 * TextPositionSelector and Python's {@code str} do; the end is exclusive. A Java {@code String}
 * index is NOT a code point offset once the text holds a character outside the Basic Multilingual
 * Plane, such as an emoji.
 */
@Value.Immutable
public abstract class Evidence {

  /** The exact text of the passage, character for character. */
  @Value.Parameter
  public abstract String text();

  /** The offset of the first code point of the passage in the document (inclusive). */
  @Value.Parameter
  public abstract int start();

  /** The offset just past the last code point of the passage (exclusive). */
  @Value.Derived
  public int end() {
    return start() + text().codePointCount(0, text().length());
  }

  /** The passage {@code text} starting at code point {@code start} of its document. */
  public static Evidence of(String text, int start) {
    return ImmutableEvidence.of(text, start);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Evidence}. */
  public static final class Builder extends ImmutableEvidence.Builder {}

  @Value.Check
  void check() {
    if (text().isEmpty()) {
      throw new IllegalArgumentException("Invalid value for evidence text: must not be empty");
    }
    Checks.notNegative(start(), "evidence start");
  }
}
