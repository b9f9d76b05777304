package org.parley.plover;

/**
 * Byte offsets of a line or document turned into lines and columns, columns counting Unicode code
 * points from 1 as Parley's own problems do. Offsets asked in increasing order (as rules meet values)
 * are found by walking on from the last one, so placing every problem of a file costs one pass.
 */
final class Positions {
  private final byte[] bytes;
  private final long firstLine;
  private int cursor;
  private long line;
  private long column = 1;

  /** Positions in {@code bytes}, whose first byte is on line {@code firstLine}. */
  Positions(byte[] bytes, long firstLine) {
    this.bytes = bytes;
    this.firstLine = firstLine;
    this.line = firstLine;
  }

  /** The line and the column of the byte at {@code offset}. */
  long[] at(long offset) {
    int to = (int) Math.min(Math.max(offset, 0), bytes.length);
    if (to < cursor) {
      cursor = 0;
      line = firstLine;
      column = 1;
    }
    for (; cursor < to; cursor++) {
      byte b = bytes[cursor];
      if (b == '\n') {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        column++;
      }
    }
    return new long[] {line, column};
  }
}
