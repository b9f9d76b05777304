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

  static void notNegative(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(
          "Invalid value for " + field + " (must not be negative): " + value);
    }
  }
}
