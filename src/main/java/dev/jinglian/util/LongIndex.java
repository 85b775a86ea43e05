package dev.jinglian.util;

import java.io.Serializable;
import java.util.Arrays;

/**
 * An open-addressing hash table from {@code long} keys to dense ids {@code 0..size-1} (in insertion order).
 * Two primitive arrays and no per-entry objects: about 12 bytes per slot, at most half the slots used, so
 * ~24 bytes per key against ~80 for a {@code HashMap<Long, Integer>} entry. Built once, then read-only and
 * safe to share between threads (e.g. as a broadcast value).
 */
public final class LongIndex implements Serializable {
  private static final int ABSENT = -1;

  private long[] keys;
  private int[] ids;
  private int mask;
  private int size;

  public LongIndex(int expectedKeys) {
    int capacity = Integer.highestOneBit(Math.max(4, expectedKeys) * 2 - 1) << 1;
    allocate(capacity);
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    ids = new int[capacity];
    Arrays.fill(ids, ABSENT);
    mask = capacity - 1;
  }

  /** The id of {@code key}, adding it with the next id if new. */
  public int add(long key) {
    int slot = slotOf(key);
    if (ids[slot] != ABSENT) {
      return ids[slot];
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
      slot = slotOf(key);
    }
    keys[slot] = key;
    ids[slot] = size;
    return size++;
  }

  /** The id of {@code key}, or -1 when absent. */
  public int indexOf(long key) {
    return ids[slotOf(key)];
  }

  public boolean contains(long key) {
    return indexOf(key) != ABSENT;
  }

  public int size() {
    return size;
  }

  /** Bytes held by the table's arrays. */
  public long bytes() {
    return (long) keys.length * (Long.BYTES + Integer.BYTES);
  }

  /** The slot holding {@code key}, or the empty slot where it would go (linear probing). */
  private int slotOf(long key) {
    int slot = (int) Hash64.mix(key) & mask;
    while (ids[slot] != ABSENT && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldIds = ids;
    allocate(keys.length * 2);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldIds[i] != ABSENT) {
        int slot = slotOf(oldKeys[i]);
        keys[slot] = oldKeys[i];
        ids[slot] = oldIds[i];
      }
    }
  }
}
