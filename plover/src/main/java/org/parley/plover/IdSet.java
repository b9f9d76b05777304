package org.parley.plover;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The ids seen so far in a file, each with the line it was first seen on: exact (ids are compared by
 * their bytes, never by a hash alone), and compact, as a million ids must fit beside the work: the
 * ids' UTF-8 bytes in one growing array, and an open-addressing table of their places, about the ids'
 * own length plus 20 bytes an id.
 */
final class IdSet {
  private byte[] bytes = new byte[1 << 16];
  private int used;
  /** Per slot: 1 + the index of the id (0 for an empty slot). */
  private int[] slots = new int[1 << 12];
  private int[] starts = new int[1 << 11];
  private long[] lines = new long[1 << 11];
  private int[] hashes = new int[1 << 11];
  private int size;

  /** Adds {@code id}, first seen on {@code line}; the line it was first seen on if it was already there, else 0. */
  long add(String id, long line) {
    byte[] b = id.getBytes(StandardCharsets.UTF_8);
    int hash = Arrays.hashCode(b) * 0x9E3779B9;
    hash ^= hash >>> 16;
    int mask = slots.length - 1;
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      int slot = slots[i];
      if (slot == 0) {
        insert(i, b, hash, line);
        return 0;
      }
      int index = slot - 1;
      if (hashes[index] == hash && same(index, b)) {
        return lines[index];
      }
    }
  }

  /** How many different ids were added. */
  int size() {
    return size;
  }

  private boolean same(int index, byte[] b) {
    int start = starts[index];
    int end = index + 1 < size ? starts[index + 1] : used;
    return Arrays.equals(bytes, start, end, b, 0, b.length);
  }

  private void insert(int slot, byte[] b, int hash, long line) {
    if (used + b.length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + b.length));
    }
    System.arraycopy(b, 0, bytes, used, b.length);
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      lines = Arrays.copyOf(lines, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    starts[size] = used;
    lines[size] = line;
    hashes[size] = hash;
    used += b.length;
    slots[slot] = ++size;
    if (size * 2 > slots.length) {
      rehash();
    }
  }

  private void rehash() {
    int[] grown = new int[slots.length * 2];
    int mask = grown.length - 1;
    for (int index = 0; index < size; index++) {
      int i = hashes[index] & mask;
      while (grown[i] != 0) {
        i = (i + 1) & mask;
      }
      grown[i] = index + 1;
    }
    slots = grown;
  }
}
