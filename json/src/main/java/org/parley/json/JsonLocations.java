package org.parley.json;

import java.util.HashMap;
import java.util.Map;
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
public final class JsonLocations {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final Map<String, long[]> starts;

  private JsonLocations(Map<String, long[]> starts) {
    this.starts = starts;
  }

  /** The locations of every value of {@code json}, which must be well-formed. */
  public static JsonLocations of(byte[] json) {
    Map<String, long[]> starts = new HashMap<>();
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.PROPERTY_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        TokenStreamContext context = parser.streamReadContext();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
          context = context.getParent();
        }
        TokenStreamLocation at = parser.currentTokenLocation();
        starts.putIfAbsent(context.pathAsPointer().toString(), new long[] {at.getLineNr(), at.getColumnNr()});
      }
    }
    return new JsonLocations(starts);
  }

  /**
   * The line and column of the value at {@code pointer}, or of its nearest enclosing value that has
   * one (a violation may point at a member the document leaves out); {@code {0, 0}} if none.
   */
  public long[] find(String pointer) {
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
