package org.parley.json;

import java.util.Locale;

/** Names of the kinds of {@link JsonLine}, as tests print them. */
public final class LineKinds {

  private LineKinds() {}

  /** {@code ACTOR}, {@code REPORT}, ... {@code ERROR}: the record type's name without "Line". */
  public static String kindOf(JsonLine line) {
    return line.getClass().getSimpleName().replace("Line", "").toUpperCase(Locale.ROOT);
  }
}
