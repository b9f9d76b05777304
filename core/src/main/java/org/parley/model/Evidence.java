package org.parley.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A passage of a source document that a claim rests on: its exact text and where it starts. Offsets
 * count Unicode code points from the start of the document, as W3C Web Annotation's
 * TextPositionSelector and Python's {@code str} do; the end is exclusive. A Java {@code String}
 * index is NOT a code point offset once the text holds a character outside the Basic Multilingual
 * Plane, such as an emoji.
 *
 * <p>Required to build: {@link #text()}, {@link #start()}; every other attribute is optional or has a default.
 */
@Value.Immutable
public abstract class Evidence {

  /** The exact text of the passage, character for character. */
  @Value.Parameter
  public abstract String text();

  /** The offset of the first code point of the passage in the document (inclusive). */
  @Value.Parameter
  public abstract int start();

  /** Which part of the page the passage is from, if not the body: a headline, a caption, a credit line. */
  public abstract Optional<PagePart> part();

  /**
   * The language of the original words, as a BCP 47 tag, when it differs from the source's: a
   * quote the source translated from Russian is {@code ru} with {@link #translated()} true.
   */
  public abstract Optional<String> language();

  /** Whether the source gives the words in translation; false unless set. */
  @Value.Default
  public boolean translated() {
    return false;
  }

  /** The offset just past the last code point of the passage (exclusive). */
  @Value.Derived
  public int end() {
    return start() + text().codePointCount(0, text().length());
  }

  /** The passage {@code text} starting at code point {@code start} of its document. */
  public static Evidence of(String text, int start) {
    return ImmutableEvidence.of(text, start);
  }

  /**
   * The passage where it occurs in {@code document}, its offset counted in code points, so nobody
   * counts by hand.
   *
   * @throws IllegalArgumentException if the passage does not occur, or occurs more than once (the
   *     message lists every offset; use {@link #locate(String, String, int)} to pick one)
   */
  public static Evidence locate(String document, String passage) {
    java.util.List<Integer> offsets = occurrences(document, passage);
    if (offsets.size() != 1) {
      throw new IllegalArgumentException(offsets.isEmpty()
          ? "Invalid value for evidence text: \"" + passage + "\" does not occur in the document"
          : "Invalid value for evidence text: \"" + passage + "\" occurs " + offsets.size()
              + " times in the document, at code point offsets " + offsets
              + "; say which with locate(document, passage, occurrence)");
    }
    return of(passage, offsets.get(0));
  }

  /**
   * The {@code occurrence}-th occurrence (counting from 1) of the passage in {@code document}.
   *
   * @throws IllegalArgumentException if there are fewer occurrences, naming how many there are
   */
  public static Evidence locate(String document, String passage, int occurrence) {
    java.util.List<Integer> offsets = occurrences(document, passage);
    if (occurrence < 1 || occurrence > offsets.size()) {
      throw new IllegalArgumentException("Invalid value for evidence occurrence (valid values 1 - " + offsets.size()
          + ", the passage \"" + passage + "\" occurs " + offsets.size() + " times): " + occurrence);
    }
    return of(passage, offsets.get(occurrence - 1));
  }

  /** The code point offsets of every occurrence of {@code passage}, overlapping ones included. */
  private static java.util.List<Integer> occurrences(String document, String passage) {
    if (passage.isEmpty()) {
      throw new IllegalArgumentException("Invalid value for evidence text: must not be empty");
    }
    java.util.List<Integer> offsets = new java.util.ArrayList<>();
    int codePoints = 0;
    int counted = 0;
    for (int at = document.indexOf(passage); at >= 0; at = document.indexOf(passage, at + 1)) {
      codePoints += document.codePointCount(counted, at);
      counted = at;
      offsets.add(codePoints);
    }
    return offsets;
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
    if ((long) start() + text().codePointCount(0, text().length()) > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("Invalid value for evidence start (the passage must end at or before offset "
          + Integer.MAX_VALUE + "): " + start());
    }
    language().ifPresent(l -> Checks.languageTag(l, "evidence language"));
  }
}
