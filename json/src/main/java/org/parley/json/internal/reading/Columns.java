package org.parley.json.internal.reading;

import org.parley.json.ParleyModule;
import tools.jackson.core.TokenStreamLocation;

/**
 * Turns Jackson's columns into Parley's, which count Unicode code points from 1: Jackson counts bytes
 * when it reads bytes and UTF-16 units when it reads characters. The input is at hand (reading holds
 * it whole), so the code points between the start of the line and the place are counted — from the
 * last place asked for when it is on the same line and not before it, so that asking for every value
 * of a document costs one pass over it, however long its lines.
 */
public final class Columns {

  private final byte[] bytes;
  private final CharSequence chars;
  private long lineStart = -1;
  private long offset;
  private long column;

  private Columns(byte[] bytes, CharSequence chars) {
    this.bytes = bytes;
    this.chars = chars;
  }

  /** Columns of an input read from these UTF-8 bytes (from index 0). */
  static Columns of(byte[] bytes) {
    return new Columns(bytes, null);
  }

  /**
   * Jackson's own columns, for a parser whose input is not at hand (a user's mapper reading Parley
   * values within other JSON, through {@link ParleyModule}).
   */
  static Columns jackson() {
    return new Columns(null, null);
  }

  /** Columns of an input read from these characters. */
  static Columns of(CharSequence chars) {
    return new Columns(null, chars);
  }

  /** The column, in code points, of {@code at}; Jackson's own column if the input does not hold it. */
  long column(TokenStreamLocation at) {
    long jacksonColumn = at.getColumnNr();
    if (bytes == null && chars == null) {
      return Math.max(jacksonColumn, 0);
    }
    long end = bytes != null ? at.getByteOffset() : at.getCharOffset();
    long start = end - (jacksonColumn - 1);
    long length = bytes != null ? bytes.length : chars.length();
    if (jacksonColumn < 1 || start < 0 || end > length) {
      return Math.max(jacksonColumn, 0);
    }
    if (start == lineStart && end >= offset) {
      column += codePoints(offset, end);
    } else {
      column = 1 + codePoints(start, end);
    }
    lineStart = start;
    offset = end;
    return column;
  }

  private long codePoints(long from, long to) {
    return bytes == null ? Character.codePointCount(chars, (int) from, (int) to) : codePoints(bytes, (int) from, (int) to);
  }

  /** The code points that start in {@code bytes[from, to)} of well-formed UTF-8. */
  static int codePoints(byte[] bytes, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {   // not a continuation byte: a code point starts here
        n++;
      }
    }
    return n;
  }
}
