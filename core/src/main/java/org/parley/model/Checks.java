package org.parley.model;

import java.util.List;

/** Construction-time checks shared by the value types; messages name the field and the value. */
final class Checks {

  private Checks() {}

  static void notBlank(String value, String field) {
    if (value.isBlank()) {
      throw new IllegalArgumentException("Invalid value for " + field + ": must not be blank");
    }
  }

  /**
   * A name or title: not blank, and free of control characters (C0, DEL, C1), line separators and
   * bidirectional-formatting characters, which are never part of a name and could forge what a
   * terminal or a report shows.
   */
  static void name(String value, String field) {
    notBlank(value, field);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')
          || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f' || c == '\u061c') {
        throw new IllegalArgumentException(String.format("Invalid value for %s (no control, line-separator or"
            + " bidirectional-formatting characters): character %d is U+%04X", field, i, (int) c));
      }
    }
  }

  static void names(List<String> values, String field) {
    for (int i = 0; i < values.size(); i++) {
      name(values.get(i), field + " element " + i);
    }
  }

  static void noneBlank(List<String> values, String field) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).isBlank()) {
        throw new IllegalArgumentException(
            "Invalid value for " + field + ": element " + i + " is blank; no element may be blank");
      }
    }
  }

  static void inRange(long value, long min, long max, String field) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          "Invalid value for " + field + " (valid values " + min + " - " + max + "): " + value);
    }
  }

  /**
   * An encoder's key, which names one claim across reports: lowercase letters and digits separated by
   * '.', '_' or '-', as the local part of an id ({@code temporary-ceasefire}).
   */
  static void key(String value, String field) {
    if (value.isEmpty() || value.length() > 128 || !TypedId.isLocalPart(value, 0)) {
      throw new IllegalArgumentException("Invalid value for " + field + " (lowercase letters and digits separated by"
          + " '.', '_' or '-', at most 128 characters, as temporary-ceasefire): \"" + value + "\"");
    }
  }

  static void positive(long value, String field) {
    if (value < 1) {
      throw new IllegalArgumentException("Invalid value for " + field + " (must be 1 or more): " + value);
    }
  }

  private static final java.util.regex.Pattern LANGUAGE_TAG =
      java.util.regex.Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");

  static void languageTag(String value, String field) {
    if (!LANGUAGE_TAG.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "Invalid value for " + field + " (a BCP 47 tag such as en or pt-BR): \"" + value + "\"");
    }
  }

  static void notNegative(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(
          "Invalid value for " + field + " (must not be negative): " + value);
    }
  }
}
