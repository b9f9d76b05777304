package org.parley.validate;

/**
 * A location in the JSON form of a dataset, as an RFC 6901 JSON Pointer such as {@code
 * /reports/2/demands/0/by}. JSON field names equal the model's property names, so a pointer names
 * the same place in the Java model and in the JSON document. The root is the empty pointer.
 */
public final class JsonPointer {

  private static final JsonPointer ROOT = new JsonPointer("");

  private final String text;

  private JsonPointer(String text) {
    this.text = text;
  }

  /** The pointer to the whole document. */
  public static JsonPointer root() {
    return ROOT;
  }

  /** The pointer to the member {@code name} of the object here; {@code ~} and {@code /} are escaped. */
  public JsonPointer child(String name) {
    return new JsonPointer(text + "/" + name.replace("~", "~0").replace("/", "~1"));
  }

  /** The pointer to element {@code index} of the array here. */
  public JsonPointer child(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("Invalid array index (must not be negative): " + index);
    }
    return new JsonPointer(text + "/" + index);
  }

  /** Shorthand for {@code child(name).child(index)}. */
  public JsonPointer child(String name, int index) {
    return child(name).child(index);
  }

  /** Whether this pointer is {@code prefix} or lies below it. */
  public boolean startsWith(JsonPointer prefix) {
    return text.startsWith(prefix.text)
        && (text.length() == prefix.text.length() || text.charAt(prefix.text.length()) == '/');
  }

  /** This pointer with its leading {@code from} replaced by {@code to}; it must start with {@code from}. */
  public JsonPointer rebase(JsonPointer from, JsonPointer to) {
    if (!startsWith(from)) {
      throw new IllegalArgumentException(text + " does not start with " + from.text);
    }
    return new JsonPointer(to.text + text.substring(from.text.length()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonPointer && ((JsonPointer) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The pointer's text, such as {@code /reports/2/demands/0/by}; empty for the root. */
  @Override
  public String toString() {
    return text;
  }
}
