package org.parley.flink;

import java.util.LinkedHashMap;
import java.util.Map;

/** A task's cache: the {@code size} most recently used entries. */
final class Lru {

  private Lru() {}

  static <K, V> Map<K, V> of(int size) {
    return new LinkedHashMap<>(size * 2, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > size;
      }
    };
  }
}
