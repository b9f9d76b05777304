package org.parley.plover;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.JsonPointer;

/**
 * Finds the commas that stand right before a {@code ]} or {@code }} (whitespace between), outside
 * strings, each with the JSON Pointer of the array or object it ends: the trailing commas JSON does
 * not allow and some producers write.
 */
final class TrailingCommas {

  private TrailingCommas() {}

  /** A trailing comma: where it is, the container it ends, and that container's closing character. */
  record Comma(long offset, JsonPointer pointer, String closer) {}

  /** A container being scanned: an array with its current index, or an object with the name last read. */
  private static final class Frame {
    final boolean array;
    int index;
    String name;
    boolean expectName = true;

    Frame(boolean array) {
      this.array = array;
    }
  }

  static List<Comma> find(byte[] bytes, int length) {
    List<Comma> commas = new ArrayList<>();
    List<Frame> stack = new ArrayList<>();
    int i = 0;
    while (i < length) {
      byte b = bytes[i];
      if (b == '"') {
        int close = i + 1;
        while (close < length && bytes[close] != '"') {
          close += bytes[close] == '\\' ? 2 : 1;
        }
        if (!stack.isEmpty() && !stack.get(stack.size() - 1).array && stack.get(stack.size() - 1).expectName) {
          Frame f = stack.get(stack.size() - 1);
          f.name = new String(bytes, i + 1, Math.max(0, Math.min(close, length) - i - 1),
              java.nio.charset.StandardCharsets.UTF_8);
          f.expectName = false;
        }
        i = close + 1;
        continue;
      }
      switch (b) {
        case '{' -> stack.add(new Frame(false));
        case '[' -> stack.add(new Frame(true));
        case '}', ']' -> {
          if (!stack.isEmpty()) {
            stack.remove(stack.size() - 1);
          }
        }
        case ',' -> {
          int next = i + 1;
          while (next < length && (bytes[next] == ' ' || bytes[next] == '\t' || bytes[next] == '\r'
              || bytes[next] == '\n')) {
            next++;
          }
          if (next < length && (bytes[next] == ']' || bytes[next] == '}') && !stack.isEmpty()) {
            commas.add(new Comma(i, pointer(stack, stack.size() - 1), bytes[next] == ']' ? "]" : "}"));
          }
          if (!stack.isEmpty()) {
            Frame f = stack.get(stack.size() - 1);
            if (f.array) {
              f.index++;
            } else {
              f.expectName = true;
            }
          }
        }
        default -> { }
      }
      i++;
    }
    return commas;
  }

  /** The pointer of the container at {@code depth}: the path of names and indexes down to it. */
  private static JsonPointer pointer(List<Frame> stack, int depth) {
    JsonPointer p = JsonPointer.root();
    for (int d = 0; d < depth; d++) {
      Frame f = stack.get(d);
      p = f.array ? p.child(f.index) : p.child(f.name == null ? "" : f.name);
    }
    return p;
  }
}
