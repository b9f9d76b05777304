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
