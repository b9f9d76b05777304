package org.parley.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A location in the JSON form of a dataset, as an RFC 6901 JSON Pointer such as {@code
 * /reports/2/demands/0/by}. JSON field names equal the model's property names, so a pointer names
 * the same place in the Java model and in the JSON document. The root is the empty pointer.
 *
 * <p>A pointer is a parent and one reference token (a member name or an array index); its text is
 * built only when asked for, because rules make a pointer for every value they visit and need the
 * text only for the few that are wrong. Two pointers are equal when their texts are.
 */
public final class JsonPointer {

  private static final JsonPointer ROOT = new JsonPointer(null, null);

  private final JsonPointer parent;
  /** A {@code String} member name or an {@code Integer} index; null for the root. */
  private final Object token;
  private final int depth;
  private String text;

  private JsonPointer(JsonPointer parent, Object token) {
    this.parent = parent;
    this.token = token;
    this.depth = parent == null ? 0 : parent.depth + 1;
    this.text = parent == null ? "" : null;
  }

  /** The pointer to the whole document. */
  public static JsonPointer root() {
    return ROOT;
  }

  /**
   * The pointer this RFC 6901 text names: empty for the root, else each reference token after a
   * {@code /}, with {@code ~1} read as {@code /} and {@code ~0} as {@code ~}. A token of digits
   * without a leading zero (at most nine) is an array index, any other a member name.
   *
   * @throws IllegalArgumentException when the text is not empty and does not start with {@code /}, or
   *     holds a {@code ~} not followed by {@code 0} or {@code 1}
   */
  public static JsonPointer parse(String text) {
    if (text.isEmpty()) {
      return ROOT;
    }
    if (text.charAt(0) != '/') {
      throw new IllegalArgumentException("Invalid JSON Pointer (must be empty or start with '/'): " + text);
    }
    JsonPointer at = ROOT;
    int start = 1;
    while (true) {
      int end = text.indexOf('/', start);
      String raw = text.substring(start, end < 0 ? text.length() : end);
      at = isIndex(raw) ? at.child(Integer.parseInt(raw)) : at.child(unescape(raw, text));
      if (end < 0) {
        at.text = text;
        return at;
      }
      start = end + 1;
    }
  }

  private static boolean isIndex(String token) {
    return token.matches("0|[1-9][0-9]{0,8}");
  }

  private static String unescape(String token, String whole) {
    if (token.indexOf('~') < 0) {
      return token;
    }
    StringBuilder out = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c != '~') {
        out.append(c);
      } else if (i + 1 < token.length() && (token.charAt(i + 1) == '0' || token.charAt(i + 1) == '1')) {
        out.append(token.charAt(++i) == '0' ? '~' : '/');
      } else {
        throw new IllegalArgumentException("Invalid JSON Pointer ('~' must be followed by 0 or 1): " + whole);
      }
    }
    return out.toString();
  }

  /** The pointer to the member {@code name} of the object here; {@code ~} and {@code /} are escaped in its text. */
  public JsonPointer child(String name) {
    return new JsonPointer(this, name);
  }

  /** The pointer to element {@code index} of the array here. */
  public JsonPointer child(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("Invalid array index (must not be negative): " + index);
    }
    return new JsonPointer(this, index);
  }

  /** Shorthand for {@code child(name).child(index)}. */
  public JsonPointer child(String name, int index) {
    return child(name).child(index);
  }

  /** This pointer followed by every token of {@code relative}: {@code /reports/2} and {@code /demands/0} give {@code /reports/2/demands/0}. */
  public JsonPointer append(JsonPointer relative) {
    JsonPointer at = this;
    for (Object token : relative.rawTokens()) {
      at = new JsonPointer(at, token);
    }
    return at;
  }

  /** The pointer one level up; empty for the root. */
  public Optional<JsonPointer> parent() {
    return Optional.ofNullable(parent);
  }

  /** Whether this is the root, the empty pointer. */
  public boolean isRoot() {
    return parent == null;
  }

  /** The number of reference tokens: 0 for the root, 2 for {@code /demands/0}. */
  public int depth() {
    return depth;
  }

  /** The reference tokens, unescaped, from the root down: {@code [reports, 2, demands, 0]}. */
  public List<String> tokens() {
    List<String> tokens = new ArrayList<>(depth);
    for (Object token : rawTokens()) {
      tokens.add(token.toString());
    }
    return tokens;
  }

  /** The last token, unescaped; empty for the root. */
  public Optional<String> last() {
    return parent == null ? Optional.empty() : Optional.of(token.toString());
  }

  /** The last token as an array index, when it is one; -1 otherwise (a member name, or the root). */
  public int index() {
    return token instanceof Integer i ? i : -1;
  }

  /**
   * The first {@code depth} tokens of this pointer: the root for 0, this pointer for its own depth.
   *
   * @throws IndexOutOfBoundsException when {@code depth} is negative or deeper than this pointer
   */
  public JsonPointer upTo(int depth) {
    if (depth < 0 || depth > this.depth) {
      throw new IndexOutOfBoundsException("The first " + depth + " tokens of a pointer of " + this.depth + ": " + this);
    }
    JsonPointer at = this;
    while (at.depth > depth) {
      at = at.parent;
    }
    return at;
  }

  /** The token at {@code level} (0 for the first), unescaped. */
  public String token(int level) {
    if (level < 0 || level >= depth) {
      throw new IndexOutOfBoundsException("Token " + level + " of a pointer of " + depth + ": " + this);
    }
    JsonPointer at = this;
    while (at.depth > level + 1) {
      at = at.parent;
    }
    return at.token.toString();
  }

  private List<Object> rawTokens() {
    Object[] tokens = new Object[depth];
    for (JsonPointer at = this; at.parent != null; at = at.parent) {
      tokens[at.depth - 1] = at.token;
    }
    List<Object> list = new ArrayList<>(depth);
    Collections.addAll(list, tokens);
    return list;
  }

  /** Whether this pointer is {@code prefix} or lies below it. */
  public boolean startsWith(JsonPointer prefix) {
    if (prefix.depth > depth) {
      return false;
    }
    JsonPointer at = this;
    while (at.depth > prefix.depth) {
      at = at.parent;
    }
    return at.equals(prefix);
  }

  /** This pointer with its leading {@code from} replaced by {@code to}; it must start with {@code from}. */
  public JsonPointer rebase(JsonPointer from, JsonPointer to) {
    if (!startsWith(from)) {
      throw new IllegalArgumentException(this + " does not start with " + from);
    }
    List<Object> tokens = rawTokens();
    JsonPointer at = to;
    for (Object token : tokens.subList(from.depth, tokens.size())) {
      at = new JsonPointer(at, token);
    }
    return at;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonPointer && other.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** The pointer's text, such as {@code /reports/2/demands/0/by}; empty for the root. */
  @Override
  public String toString() {
    if (text == null) {
      String escaped = token instanceof String
          ? ((String) token).replace("~", "~0").replace("/", "~1")
          : token.toString();
      text = parent + "/" + escaped;
    }
    return text;
  }
}
