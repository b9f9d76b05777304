package org.parley.internal;

/**
 * The position at which each key was first seen, for keys met by the million: an open-addressing
 * table of keys and {@code int} positions, about 16 bytes a key where a {@code HashMap<Object,
 * Integer>} takes some 56 (its entry, its boxed position and its slot). Keys are compared with
 * {@code equals}; null keys are not allowed. Not thread-safe.
 */
public final class FirstPositions {

  private Object[] keys;
  private int[] positions;
  private int size;

  /** A table that holds {@code expected} keys without growing. */
  public FirstPositions(int expected) {
    int capacity = Integer.highestOneBit(Math.min(Math.max(4, expected), 1 << 28) * 2 - 1) << 1;
    keys = new Object[capacity];
    positions = new int[capacity];
  }

  /**
   * The first position of {@code key}: the one it was first added with, or {@code position} if this is
   * the first time, which is then remembered.
   */
  public int putIfAbsent(Object key, int position) {
    int mask = keys.length - 1;
    for (int slot = spread(key.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      Object here = keys[slot];
      if (here == null) {
        keys[slot] = key;
        positions[slot] = position;
        if (++size * 2 > keys.length) {
          grow();
        }
        return position;
      }
      if (here.equals(key)) {
        return positions[slot];
      }
    }
  }

  /** The first position of {@code key}, or -1 if it was never added. */
  public int get(Object key) {
    int mask = keys.length - 1;
    for (int slot = spread(key.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      Object here = keys[slot];
      if (here == null) {
        return -1;
      }
      if (here.equals(key)) {
        return positions[slot];
      }
    }
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;   // Fibonacci hashing: neighbouring hashes land far apart
    return h ^ (h >>> 16);
  }

  private void grow() {
    Object[] oldKeys = keys;
    int[] oldPositions = positions;
    keys = new Object[oldKeys.length * 2];
    positions = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        putIfAbsent(oldKeys[i], oldPositions[i]);
      }
    }
  }
}
