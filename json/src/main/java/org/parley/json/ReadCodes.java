package org.parley.json;

/**
 * The stable codes of {@link ParleyJsonException}. A read error is about the JSON text itself
 * (syntax, types, fields, limits); problems of a well-formed dataset are validation violations
 * instead, with codes of their own.
 */
public final class ReadCodes {

  private ReadCodes() {}

  /** The input is empty or holds only whitespace. */
  public static final String EMPTY = "json.empty";

  /** The input is not well-formed JSON. */
  public static final String SYNTAX = "json.syntax";

  /** The input is not well-formed UTF-8. */
  public static final String INVALID_UTF8 = "json.invalid-utf8";

  /** The input starts with a byte-order mark, which JSON forbids (RFC 8259, section 8.1). */
  public static final String BYTE_ORDER_MARK = "json.byte-order-mark";

  /** More JSON follows the document's one root value. */
  public static final String TRAILING_CONTENT = "json.trailing-content";

  /** A value has the wrong JSON type: a number where a string belongs. */
  public static final String WRONG_TYPE = "json.wrong-type";

  /** A {@code null} where a value belongs; an absent value is written by leaving the field out. */
  public static final String NULL = "json.null";

  /** A required field is missing. */
  public static final String MISSING_FIELD = "json.missing-field";

  /** A field the format does not define. */
  public static final String UNKNOWN_FIELD = "json.unknown-field";

  /** A field that occurs twice in one object. */
  public static final String DUPLICATE_KEY = "json.duplicate-key";

  /** A value outside a closed list (an issue, a kind, a role); the message lists the allowed ones. */
  public static final String UNKNOWN_VALUE = "json.unknown-value";

  /** A value of the right type that the model refuses: a malformed id, month 13, a negative count. */
  public static final String INVALID_VALUE = "json.invalid-value";

  /** The document states no format version. */
  public static final String MISSING_VERSION = "json.missing-version";

  /** The document uses a field or value of a format version newer than the one it declares. */
  public static final String NEEDS_NEWER_VERSION = "json.needs-newer-version";

  /** The document states a format version this reader does not support. */
  public static final String UNSUPPORTED_VERSION = "json.unsupported-version";

  /** A configured bound was exceeded: nesting depth, string, number, line or document length. */
  public static final String LIMIT_EXCEEDED = "json.limit-exceeded";
}
