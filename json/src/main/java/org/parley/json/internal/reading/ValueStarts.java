package org.parley.json.internal.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.JsonPointer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * Where each value of a UTF-8 input (a document, or one JSON Lines line) starts, recorded by the
 * reader during its one parse, so that a violation found later — which knows only its JSON Pointer —
 * is shown at its line and column. Compact: per value read, in reading order, its byte offset, its
 * name in its object (none in an array) and the end of its members or elements; twelve bytes a value.
 * Lines and columns (in code points) are worked out from the offsets only for the values asked for,
 * from an index of the input's line starts built on the first request. Values the reader skips (an
 * unknown field's, an element with a read error) are not recorded; their input is not validated.
 */
public final class ValueStarts {

  /** Code points are counted ahead in blocks of this many bytes, so a column costs at most a block. */
  private static final int BLOCK = 4096;

  private byte[] input;
  private int size;
  private int[] offsets;
  /** For each value, the index after its last member or element (its own index + 1 for a scalar). */
  private int[] ends;
  private String[] names;
  /** The values whose members or elements are still being read, outermost first. */
  private int[] open = new int[8];
  private int depth;

  /** Built on the first lookup: where each line starts, and the code points before each block. */
  private int[] lineStarts;
  private int[] codePointsBefore;
  /** Built on the first lookup into a large array: where each of its elements is. */
  private Map<Integer, int[]> elements;

  /** Starts of the values of {@code input}, read from its index 0. */
  public ValueStarts(byte[] input) {
    // About one value per ten bytes of JSON: room for them from the start, so the arrays rarely grow.
    int room = Math.max(16, Math.min(input.length / 8, 1 << 20));
    offsets = new int[room];
    ends = new int[room];
    names = new String[room];
    this.input = input;
  }

  /**
   * These starts, emptied for the values of another input, their arrays kept: a reader that records
   * one line at a time allocates nothing per line for them.
   */
  ValueStarts reuse(byte[] another) {
    input = another;
    Arrays.fill(names, 0, size, null);
    size = 0;
    depth = 0;
    lineStarts = null;
    codePointsBefore = null;
    elements = null;
    return this;
  }

  /** Records the value whose first token the parser is on. */
  void record(JsonParser parser) {
    JsonToken token = parser.currentToken();
    boolean opens = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
    TokenStreamContext context = parser.streamReadContext();
    TokenStreamContext container = opens ? context.getParent() : context;
    if (container == null) {
      return;
    }
    int level = container.getNestingDepth();
    if (level > depth) {
      return;   // inside a value that was not recorded
    }
    while (depth > level) {
      ends[open[--depth]] = size;   // every value since it opened lay within it
    }
    if (size == offsets.length) {
      int grown = size + (size >> 1) + 16;
      offsets = Arrays.copyOf(offsets, grown);
      ends = Arrays.copyOf(ends, grown);
      names = Arrays.copyOf(names, grown);
    }
    offsets[size] = (int) parser.currentTokenLocation().getByteOffset();
    names[size] = container.inObject() ? container.currentName() : null;
    ends[size] = size + 1;
    if (opens) {
      if (depth == open.length) {
        open = Arrays.copyOf(open, depth * 2);
      }
      open[depth++] = size;
    }
    size++;
  }

  /** Closes what is still open: the input has been read. */
  private void close() {
    while (depth > 0) {
      ends[open[--depth]] = size;
    }
  }

  /**
   * The line and column (in code points) of the value at {@code pointer}, or of its nearest
   * enclosing value that was recorded (a violation may point at a member the input leaves out);
   * {@code {0, 0}} if none.
   */
  public long[] find(JsonPointer pointer) {
    int value = value(pointer);
    return value < 0 ? new long[] {0, 0} : lineAndColumn(offsets[value]);
  }

  /** The index of the value at {@code pointer} or of its nearest recorded ancestor; -1 if none. */
  private int value(JsonPointer pointer) {
    close();
    if (size == 0) {
      return -1;
    }
    int value = 0;
    for (String token : pointer.tokens()) {
      int child = child(value, token);
      if (child < 0) {
        break;
      }
      value = child;
    }
    return value;
  }

  /** The member {@code token} of an object, or the element at index {@code token} of an array; -1 if none. */
  private int child(int parent, String token) {
    int first = parent + 1;
    if (first >= ends[parent]) {
      return -1;
    }
    if (names[first] != null) {
      for (int c = first; c < ends[parent]; c = ends[c]) {
        if (names[c].equals(token)) {
          return c;
        }
      }
      return -1;
    }
    if (token.isEmpty() || token.length() > 9 || !token.chars().allMatch(ch -> ch >= '0' && ch <= '9')
        || (token.length() > 1 && token.charAt(0) == '0')) {
      return -1;
    }
    int index = Integer.parseInt(token);
    if (elements == null) {
      elements = new HashMap<>();
    }
    int[] at = elements.computeIfAbsent(parent, this::elementsOf);
    return index < at.length ? at[index] : -1;
  }

  private int[] elementsOf(int array) {
    int count = 0;
    for (int c = array + 1; c < ends[array]; c = ends[c]) {
      count++;
    }
    int[] at = new int[count];
    int i = 0;
    for (int c = array + 1; c < ends[array]; c = ends[c]) {
      at[i++] = c;
    }
    return at;
  }

  /** The line and column in code points of the byte at {@code offset}. */
  private long[] lineAndColumn(int offset) {
    if (lineStarts == null) {
      index();
    }
    int found = Arrays.binarySearch(lineStarts, offset);
    int line = found >= 0 ? found : -found - 2;
    return new long[] {line + 1, codePointsTo(offset) - codePointsTo(lineStarts[line]) + 1};
  }

  /** The code points of the input before {@code offset}. */
  private long codePointsTo(int offset) {
    int block = offset / BLOCK;
    return codePointsBefore[block] + Columns.codePoints(input, block * BLOCK, offset);
  }

  private void index() {
    int lines = 1;
    for (byte b : input) {
      if (b == '\n') {
        lines++;
      }
    }
    lineStarts = new int[lines];
    codePointsBefore = new int[input.length / BLOCK + 1];
    int line = 1;
    int codePoints = 0;
    for (int i = 0; i < input.length; i++) {
      if (i % BLOCK == 0) {
        codePointsBefore[i / BLOCK] = codePoints;
      }
      byte b = input[i];
      if ((b & 0xC0) != 0x80) {
        codePoints++;
      }
      if (b == '\n') {
        lineStarts[line++] = i + 1;
      }
    }
    if (input.length % BLOCK == 0) {
      codePointsBefore[input.length / BLOCK] = codePoints;
    }
  }

  /**
   * The columns of the values of a one-line input (a JSON Lines record), in compact form: what an
   * index record keeps until the end of the file, when the checks of the index run. Records of one
   * shape (the same pointers in the same order, as a writer gives them) share one array of
   * pointers from {@code shapes}, so a record keeps little more than its columns. Call it before
   * the reader moves on: the reader's line buffer holds the input until then.
   */
  public Flat flatten(Map<List<String>, String[]> shapes) {
    close();
    String[] of = new String[size];
    int[] columns = new int[size];
    if (size > 0) {
      of[0] = "";
    }
    for (int v = 0; v < size; v++) {
      columns[v] = (int) lineAndColumn(offsets[v])[1];
      int index = 0;
      for (int c = v + 1; c < ends[v]; c = ends[c]) {
        of[c] = of[v] + "/" + (names[c] != null ? names[c].replace("~", "~0").replace("/", "~1") : index++);
      }
    }
    return new Flat(shapes.computeIfAbsent(Arrays.asList(of), shape -> of), columns);
  }

  /** The columns of a one-line input's values, by JSON Pointer. */
  public static final class Flat {
    private final String[] pointers;
    private final int[] columns;

    private Flat(String[] pointers, int[] columns) {
      this.pointers = pointers;
      this.columns = columns;
    }

    /** How many values it holds. */
    public int size() {
      return pointers.length;
    }

    /** The column of the value at {@code pointer}, or of its nearest enclosing value; 0 if none. */
    public long column(JsonPointer pointer) {
      for (JsonPointer p = pointer; ; p = p.parent().orElseThrow()) {
        String text = p.toString();
        for (int i = 0; i < pointers.length; i++) {
          if (pointers[i].equals(text)) {
            return columns[i];
          }
        }
        if (p.isRoot()) {
          return 0;
        }
      }
    }
  }
}
