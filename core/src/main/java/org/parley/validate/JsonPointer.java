package org.parley.validate;

/**
 * A location in the JSON form of a dataset, as an RFC 6901 JSON Pointer such as {@code
 * /reports/2/demands/0/by}. JSON field names equal the model's property names, so a pointer names
 * the same place in the Java model and in the JSON document. The root is the empty pointer.
 *
 * <p>A pointer is a parent and one reference token; its text is built only when asked for, because
 * rules make a pointer for every value they visit and need the text only for the few that are wrong.
 */
public final class JsonPointer {

  private static final JsonPointer ROOT = new JsonPointer(null, null, "");

  private final JsonPointer parent;
  private final Object token;
  private String text;

  private JsonPointer(JsonPointer parent, Object token, String text) {
    this.parent = parent;
    this.token = token;
    this.text = text;
  }

  /** The pointer to the whole document. */
  public static JsonPointer root() {
    return ROOT;
  }

  /** The pointer to the member {@code name} of the object here; {@code ~} and {@code /} are escaped. */
  public JsonPointer child(String name) {
    return new JsonPointer(this, name, null);
  }

  /** The pointer to element {@code index} of the array here. */
  public JsonPointer child(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("Invalid array index (must not be negative): " + index);
    }
    return new JsonPointer(this, index, null);
  }

  /** Shorthand for {@code child(name).child(index)}. */
  public JsonPointer child(String name, int index) {
    return child(name).child(index);
  }

  /** Whether this pointer is {@code prefix} or lies below it. */
  public boolean startsWith(JsonPointer prefix) {
    String text = toString();
    String start = prefix.toString();
    return text.startsWith(start) && (text.length() == start.length() || text.charAt(start.length()) == '/');
  }

  /** This pointer with its leading {@code from} replaced by {@code to}; it must start with {@code from}. */
  public JsonPointer rebase(JsonPointer from, JsonPointer to) {
    if (!startsWith(from)) {
      throw new IllegalArgumentException(this + " does not start with " + from);
    }
    return new JsonPointer(null, null, to + toString().substring(from.toString().length()));
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
