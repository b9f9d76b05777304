package org.parley.model;

import java.util.Objects;

/**
 * An identifier of one kind of record, written {@code kind:local-part} (for example
 * {@code actor:volodymyr-zelensky}). Ids are chosen by the encoder and stay stable when a record is
 * corrected, so other datasets can point at them. Two ids are equal when they are of the same kind
 * and have the same text.
 */
public abstract class TypedId {

  private static final int MAX_LENGTH = 128;

  private final String value;

  TypedId(String prefix, String value) {
    Objects.requireNonNull(value, () -> prefix + " id");
    String expectedStart = prefix + ":";
    if (!value.startsWith(expectedStart)
        || value.length() > MAX_LENGTH
        || !isLocalPart(value, expectedStart.length())) {
      throw new IllegalArgumentException(
          "Invalid " + prefix + " id \"" + value + "\": expected \"" + expectedStart
              + "\" followed by lowercase letters and digits separated by '.', '_' or '-', at most "
              + MAX_LENGTH + " characters in all (for example " + expectedStart + "example-1)");
    }
    this.value = value;
  }

  /** Whether {@code value} from {@code start} is {@code [a-z0-9]+([._-][a-z0-9]+)*}; a loop, as ids are read by the million. */
  static boolean isLocalPart(String value, int start) {
    boolean afterSeparator = true;
    for (int i = start; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterSeparator = false;
      } else if ((c == '.' || c == '_' || c == '-') && !afterSeparator) {
        afterSeparator = true;
      } else {
        return false;
      }
    }
    return !afterSeparator;
  }

  /** The whole id, prefix included, as it is written in JSON. */
  public final String value() {
    return value;
  }

  /** The part after the kind prefix. */
  public final String localPart() {
    return value.substring(value.indexOf(':') + 1);
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((TypedId) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }
}
