package org.parley.flink;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.json.JsonLinesSplitter;
import org.parley.json.ParleyJson;

/** A task's parsers, one per file and version, the most recently used few (each holds a read buffer). */
final class Parsers {

  private static final int KEPT = 16;

  private final Map<String, JsonLinesSplitter.Parser> parsers = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, JsonLinesSplitter.Parser> eldest) {
      return size() > KEPT;
    }
  };

  JsonLinesSplitter.Parser of(String file, String version) {
    return parsers.computeIfAbsent(version + "\n" + file,
        k -> JsonLinesSplitter.parser(ParleyJson.standard(), file, version));
  }
}
