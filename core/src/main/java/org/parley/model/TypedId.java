package org.parley.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An identifier of one kind of record, written {@code kind:local-part} (for example
 * {@code actor:volodymyr-zelensky}). Ids are chosen by the encoder and stay stable when a record is
 * corrected, so other datasets can point at them. Two ids are equal when they are of the same kind
 * and have the same text.
 */
public abstract class TypedId {

  private static final Pattern LOCAL_PART = Pattern.compile("[a-z0-9]+(?:[._-][a-z0-9]+)*");
  private static final int MAX_LENGTH = 128;

  private final String value;

  TypedId(String prefix, String value) {
    Objects.requireNonNull(value, () -> prefix + " id");
    String expectedStart = prefix + ":";
    if (!value.startsWith(expectedStart)
        || value.length() > MAX_LENGTH
        || !LOCAL_PART.matcher(value.substring(expectedStart.length())).matches()) {
      throw new IllegalArgumentException(
          "Invalid " + prefix + " id \"" + value + "\": expected \"" + expectedStart
              + "\" followed by lowercase letters and digits separated by '.', '_' or '-', at most "
              + MAX_LENGTH + " characters in all (for example " + expectedStart + "example-1)");
    }
    this.value = value;
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
