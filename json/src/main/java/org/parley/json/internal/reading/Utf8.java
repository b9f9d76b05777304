package org.parley.json.internal.reading;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.parley.json.ParleyJsonException;
import org.parley.json.ReadCodes;
import org.parley.model.JsonPointer;


/**
 * Strict UTF-8, as Unicode defines it (Table 3-7): overlong forms (such as {@code C1 A1} for "a" or
 * {@code C0 80} for NUL), surrogates ({@code ED A0..BF}) and code points above U+10FFFF are refused,
 * so that two ids that differ in their bytes can never read as one. The first byte at fault is
 * reported with its line and column, columns counting code points from 1 as the reader's do.
 */
public final class Utf8 {

  private long line = 1;
  /** The offset of the first byte of the current line, and the continuation bytes met on it since. */
  private long lineStart;
  private long continuations;
  private long offset;
  /** Continuation bytes still expected in the current sequence, and the allowed range of the next. */
  private int pending;
  private int low = 0x80;
  private int high = 0xBF;
  private long sequenceLine;
  private long sequenceColumn;
  private long sequenceOffset;

  /**
   * The first fault in {@code length} bytes of {@code bytes} from {@code offset}, the whole input,
   * or null: its exception, and in {@link #faultOffset} where it is.
   */
  static Utf8 scan(byte[] bytes, int offset, int length) {
    Utf8 utf8 = new Utf8();
    try {
      utf8.feed(bytes, offset, length);
      utf8.end();
    } catch (ParleyJsonException e) {
      utf8.fault = e;
    }
    return utf8;
  }

  /** The first fault found, or null. */
  ParleyJsonException fault;

  /** The byte offset of the first byte of the sequence at fault (valid when {@link #fault} is set). */
  long faultOffset() {
    return faultOffset;
  }

  private long faultOffset;

  /** The column, counted in code points from 1, of the byte at {@code at} on the current line. */
  private long column(long at) {
    return at - lineStart - continuations + 1;
  }

  /** Eight bytes at a time, for the ASCII runs. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

  /**
   * Checks the next bytes of the input; a run of ASCII without line ends costs a comparison for
   * eight bytes, other ASCII one a byte.
   */
  void feed(byte[] bytes, int from, int length) {
    int end = from + length;
    int i = from;
    while (i < end) {
      if (pending == 0) {
        // The common case, kept in locals: ASCII, where only line ends need noting.
        int run = i;
        while (i + 8 <= end) {
          long v = (long) LONGS.get(bytes, i);
          long newline = v ^ NEWLINES;   // a zero byte where v has a line end
          if (((v | ((newline - ONES) & ~newline)) & HIGHS) != 0) {
            break;   // a byte that is not ASCII, or a line end: byte by byte from here
          }
          i += 8;
        }
        while (i < end && bytes[i] >= 0) {
          if (bytes[i] == '\n') {
            line++;
            lineStart = offset + (i - run) + 1;
            continuations = 0;
          }
          i++;
        }
        offset += i - run;
        if (i == end) {
          return;
        }
        int b = bytes[i] & 0xFF;
        sequenceLine = line;
        sequenceColumn = column(offset);
        sequenceOffset = offset;
        start(b);
      } else {
        int b = bytes[i] & 0xFF;
        if (b < low || b > high) {
          throw fault(sequenceLine, sequenceColumn, sequenceOffset, what(b));
        }
        low = 0x80;
        high = 0xBF;
        pending--;
        continuations++;
      }
      i++;
      offset++;
    }
  }

  /** The end of the input: a sequence must not be cut short. */
  void end() {
    if (pending > 0) {
      throw fault(sequenceLine, sequenceColumn, sequenceOffset, "a multi-byte sequence cut short by the end of the input");
    }
  }

  private void start(int b) {
    if (b >= 0xC2 && b <= 0xDF) {
      pending = 1;
    } else if (b == 0xE0) {
      pending = 2;
      low = 0xA0;
    } else if (b >= 0xE1 && b <= 0xEC || b == 0xEE || b == 0xEF) {
      pending = 2;
    } else if (b == 0xED) {
      pending = 2;
      high = 0x9F;
    } else if (b == 0xF0) {
      pending = 3;
      low = 0x90;
    } else if (b >= 0xF1 && b <= 0xF3) {
      pending = 3;
    } else if (b == 0xF4) {
      pending = 3;
      high = 0x8F;
    } else {
      throw fault(line, column(offset), offset, b == 0xC0 || b == 0xC1 ? "an overlong encoding (byte 0x"
          + Integer.toHexString(b).toUpperCase() + ")"
          : b >= 0xF5 ? "a code point beyond U+10FFFF (byte 0x" + Integer.toHexString(b).toUpperCase() + ")"
          : "a continuation byte 0x" + Integer.toHexString(b).toUpperCase() + " without a lead byte");
    }
  }

  /** What an unexpected byte inside a sequence means, given the range the sequence allowed. */
  private String what(int b) {
    if (low == 0xA0 || low == 0x90) {
      return "an overlong encoding";
    }
    if (high == 0x9F) {
      return "a surrogate (U+D800 to U+DFFF), which UTF-8 never encodes";
    }
    if (high == 0x8F) {
      return "a code point beyond U+10FFFF";
    }
    return "a multi-byte sequence broken by byte 0x" + Integer.toHexString(b).toUpperCase();
  }

  private ParleyJsonException fault(long line, long column, long offset, String what) {
    faultOffset = offset;
    return new ParleyJsonException(ReadCodes.INVALID_UTF8, line, column, JsonPointer.root(),
        "the input is not well-formed UTF-8 at byte offset " + offset + ": " + what, null);
  }
}
