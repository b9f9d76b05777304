package org.parley.flink;

import java.util.Map;
import org.parley.json.JsonLinesSplitter;
import org.parley.json.ParleyJson;

/** A task's parsers, one per file and version, the most recently used few (each holds a read buffer). */
final class Parsers {

  private static final int KEPT = 16;

  private final Map<String, JsonLinesSplitter.Parser> parsers = Lru.of(KEPT);

  JsonLinesSplitter.Parser of(String file, String version) {
    return parsers.computeIfAbsent(version + "\n" + file,
        k -> JsonLinesSplitter.parser(ParleyJson.standard(), file, version));
  }
}
