package org.parley.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Cuts a byte stream into numbered lines at {@code \n} (a {@code \r} before it is dropped), reading in
 * 64 KiB blocks and holding at most {@code maxLine} bytes of a line: a longer line is passed over and
 * said to be too long, so no input can make it grow without bound. Parley's JSON Lines reader and the
 * PLOVER check read their lines with it. Not thread-safe.
 */
public final class LineSplitter {

  /** {@link #next} at the end of the input. */
  public static final int END = -1;
  /** {@link #next} for a line longer than the limit. */
  public static final int TOO_LONG = -2;

  private static final int BUFFER = 64 * 1024;

  private final InputStream in;
  private final int maxLine;
  private final byte[] buffer = new byte[BUFFER];
  private int bufferStart;
  private int bufferEnd;
  private boolean endOfInput;
  private byte[] line = new byte[1024];
  private long number;

  /** Lines of {@code in}, each at most {@code maxLine} bytes. */
  public LineSplitter(InputStream in, int maxLine) {
    this.in = in;
    this.maxLine = maxLine;
  }

  /**
   * Reads the next line into {@link #line()}: its length, {@link #END} or {@link #TOO_LONG}.
   *
   * @throws UncheckedIOException if the input cannot be read
   */
  public int next() {
    int length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (bufferStart == bufferEnd && !fill()) {
        if (!any) {
          return END;
        }
        break;
      }
      any = true;
      int newline = -1;
      for (int i = bufferStart; i < bufferEnd; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      int chunkEnd = newline < 0 ? bufferEnd : newline;
      int chunk = chunkEnd - bufferStart;
      if (!tooLong && length + chunk > maxLine) {
        tooLong = true;
      }
      if (!tooLong) {
        if (length + chunk > line.length) {
          line = Arrays.copyOf(line, Math.min(Math.max(line.length * 2, length + chunk), maxLine));
        }
        System.arraycopy(buffer, bufferStart, line, length, chunk);
        length += chunk;
      }
      bufferStart = newline < 0 ? bufferEnd : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    number++;
    if (tooLong) {
      return TOO_LONG;
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return length;
  }

  /** The bytes of the line {@link #next} read, valid up to its length until the next call. */
  public byte[] line() {
    return line;
  }

  /** The number of the line {@link #next} read, from 1; 0 before the first. */
  public long number() {
    return number;
  }

  private boolean fill() {
    if (endOfInput) {
      return false;
    }
    try {
      int read = in.read(buffer, 0, BUFFER);
      if (read <= 0) {
        endOfInput = true;
        return false;
      }
      bufferStart = 0;
      bufferEnd = read;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
