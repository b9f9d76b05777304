package org.parley.json;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Where each value of a well-formed JSON document starts, by JSON Pointer, so that a validation
 * violation (which has only a pointer) can be shown at its line and column. Built on demand, only
 * for documents that have violations.
 */
final class JsonLocations {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final Map<String, long[]> starts;

  private JsonLocations(Map<String, long[]> starts) {
    this.starts = starts;
  }

  /**
   * The locations of every value of {@code json}, which must be well-formed. This holds an entry per
   * value of the document; for a large document use {@link #of(byte[], Collection)}.
   */
  static JsonLocations of(byte[] json) {
    return scan(json, null);
  }

  /**
   * The locations of the values at {@code pointers} and of their enclosing values (which
   * {@link #find} falls back to), in one pass over {@code json}, which must be well-formed: memory
   * in proportion to the pointers asked for, not to the document, and the scan ends once all are
   * found.
   */
  static JsonLocations of(byte[] json, Collection<String> pointers) {
    Set<String> wanted = new HashSet<>();
    for (String pointer : pointers) {
      String p = pointer;
      while (wanted.add(p) && !p.isEmpty()) {
        int slash = p.lastIndexOf('/');
        p = slash < 0 ? "" : p.substring(0, slash);
      }
    }
    return scan(json, wanted);
  }

  private static JsonLocations scan(byte[] json, Set<String> wanted) {
    Map<String, long[]> starts = new HashMap<>();
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (wanted != null && starts.size() == wanted.size()) {
          break;
        }
        if (token == JsonToken.PROPERTY_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        TokenStreamContext context = parser.streamReadContext();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
          context = context.getParent();
        }
        String pointer = context.pathAsPointer().toString();
        if (wanted != null && !wanted.contains(pointer)) {
          continue;
        }
        TokenStreamLocation at = parser.currentTokenLocation();
        starts.putIfAbsent(pointer, new long[] {at.getLineNr(), codePointColumn(json, at)});
      }
    }
    return new JsonLocations(starts);
  }

  /**
   * The column in code points, as Parley counts columns everywhere: Jackson counts bytes when it
   * reads bytes, so the code points between the start of the line and the value are counted instead.
   */
  private static long codePointColumn(byte[] json, TokenStreamLocation at) {
    long end = at.getByteOffset();
    long start = end - (at.getColumnNr() - 1);
    if (end < 0 || start < 0 || end > json.length) {
      return at.getColumnNr();
    }
    long column = 1;
    for (long i = start; i < end; i++) {
      if ((json[(int) i] & 0xC0) != 0x80) {   // not a continuation byte: a code point starts here
        column++;
      }
    }
    return column;
  }

  /**
   * The line and column of the value at {@code pointer}, or of its nearest enclosing value that has
   * one (a violation may point at a member the document leaves out); {@code {0, 0}} if none.
   */
  long[] find(String pointer) {
    String p = pointer;
    while (true) {
      long[] at = starts.get(p);
      if (at != null) {
        return at.clone();
      }
      if (p.isEmpty()) {
        return new long[] {0, 0};
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}
