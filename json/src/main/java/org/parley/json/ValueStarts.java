package org.parley.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where each value of a document (or of one JSON Lines line) starts, recorded by the reader during
 * its one parse, so that a violation found later — which knows only its JSON Pointer — is shown at
 * its line and column. A tree that mirrors the JSON: a node per value read (values the reader skips,
 * such as an unknown field's, have none), with its line, its column in code points and its members
 * or elements.
 */
final class ValueStarts {

  /** One value: where it starts, and its members (names set) or elements (names null). */
  private static final class Node {
    final int line;
    final int column;
    String[] names;
    Node[] children;
    int size;

    Node(int line, int column) {
      this.line = line;
      this.column = column;
    }

    void add(String name, Node child) {
      if (children == null) {
        children = new Node[name == null ? 8 : 4];
        names = name == null ? null : new String[children.length];
      } else if (size == children.length) {
        children = Arrays.copyOf(children, size * 2);
        names = names == null ? null : Arrays.copyOf(names, size * 2);
      }
      if (names != null) {
        names[size] = name;
      }
      children[size++] = child;
    }

    Node member(String name) {
      if (names == null) {
        return null;
      }
      for (int i = 0; i < size; i++) {
        if (names[i].equals(name)) {
          return children[i];
        }
      }
      return null;
    }

    Node element(String token) {
      if (names != null || children == null || token.isEmpty() || token.length() > 9
          || !token.chars().allMatch(c -> c >= '0' && c <= '9') || (token.length() > 1 && token.charAt(0) == '0')) {
        return null;
      }
      int index = Integer.parseInt(token);
      // Elements the reader skipped (their problems reported) have no node: find by index, not position.
      return index < size && children[index] != null ? children[index] : null;
    }
  }

  private final Columns columns;
  private Node root;
  /** The open containers: at index d, the node of the object or array whose context has depth d + 1. */
  private final List<Node> open = new ArrayList<>();

  ValueStarts(Columns columns) {
    this.columns = columns;
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
    TokenStreamLocation at = parser.currentTokenLocation();
    Node node = new Node(at.getLineNr(), (int) Math.min(columns.column(at), Integer.MAX_VALUE));
    int depth = container.getNestingDepth();
    if (depth == 0) {
      root = node;
      open.clear();
    } else {
      if (depth > open.size()) {
        return;   // inside a value the reader skipped: not recorded
      }
      Node parent = open.get(depth - 1);
      while (open.size() > depth) {
        open.remove(open.size() - 1);
      }
      if (container.inArray()) {
        // Keep elements at their index, leaving a gap for one that was skipped.
        while (parent.size < container.getCurrentIndex()) {
          parent.add(null, null);
        }
        parent.add(null, node);
      } else {
        parent.add(container.currentName(), node);
      }
    }
    if (opens) {
      while (open.size() > depth) {
        open.remove(open.size() - 1);
      }
      open.add(node);
    }
  }

  /**
   * The line and column of the value at {@code pointer}, or of its nearest enclosing value that was
   * recorded (a violation may point at a member the input leaves out); {@code {0, 0}} if none.
   */
  long[] find(String pointer) {
    Node node = root;
    if (node == null) {
      return new long[] {0, 0};
    }
    if (!pointer.isEmpty()) {
      for (String raw : pointer.substring(1).split("/", -1)) {
        String token = raw.replace("~1", "/").replace("~0", "~");
        Node next = node.names != null ? node.member(token) : node.element(token);
        if (next == null) {
          break;
        }
        node = next;
      }
    }
    return new long[] {node.line, node.column};
  }

  /**
   * The columns of the values of a one-line input (a JSON Lines record), in compact form: what an
   * index record keeps until the end of the file, when the checks of the index run. Pointers are
   * taken from {@code pool}, so records of one shape share their strings.
   */
  Flat flatten(java.util.Map<String, String> pool) {
    List<String> pointers = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    if (root != null) {
      flatten(root, "", pool, pointers, columns);
    }
    int[] at = new int[columns.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = columns.get(i);
    }
    return new Flat(pointers.toArray(new String[0]), at);
  }

  private static void flatten(Node node, String pointer, java.util.Map<String, String> pool, List<String> pointers,
      List<Integer> columns) {
    pointers.add(pool.computeIfAbsent(pointer, p -> p));
    columns.add(node.column);
    for (int i = 0; i < node.size; i++) {
      if (node.children[i] != null) {
        String token = node.names == null ? Integer.toString(i) : node.names[i].replace("~", "~0").replace("/", "~1");
        flatten(node.children[i], pointer + "/" + token, pool, pointers, columns);
      }
    }
  }

  /** The columns of a one-line input's values, by JSON Pointer. */
  static final class Flat {
    private final String[] pointers;
    private final int[] columns;

    private Flat(String[] pointers, int[] columns) {
      this.pointers = pointers;
      this.columns = columns;
    }

    /** How many values it holds. */
    int size() {
      return pointers.length;
    }

    /** The column of the value at {@code pointer}, or of its nearest enclosing value; 0 if none. */
    long column(String pointer) {
      String p = pointer;
      while (true) {
        for (int i = 0; i < pointers.length; i++) {
          if (pointers[i].equals(p)) {
            return columns[i];
          }
        }
        if (p.isEmpty()) {
          return 0;
        }
        p = p.substring(0, p.lastIndexOf('/'));
      }
    }
  }
}
