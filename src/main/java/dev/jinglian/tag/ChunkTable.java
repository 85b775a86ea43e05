package dev.jinglian.tag;

import java.util.Arrays;

/**
 * One generation of {@link ChunkTokenCache}: the tokens of short text chunks, looked up by the chunk's characters
 * in place (no substring is made). An open-addressing table in one {@code long[]}: a slot is the chunk's 64-bit
 * hash next to a packed word (where its characters and tokens are in two pools, and how many), so a probe touches
 * one cache line of the table and one of the character pool. A {@code HashMap<String, int[]>} of the same size
 * chases four pointers (table, node, key, value) and spent more time in those memory loads than the encoder spent
 * encoding. A hit compares the stored characters, so a hash collision can never return another chunk's tokens.
 * Holds at most half as many chunks as it has slots (about 12 MB). Not synchronized.
 */
final class ChunkTable {
  private static final int MAX_CHUNK = ChunkTokenCache.MAX_CHUNK;
  private static final int SLOTS = 1 << 19;
  private static final int MAX_ENTRIES = SLOTS / 2;
  /** A chunk of at most 24 chars is at most 72 UTF-8 bytes, so at most 72 tokens. */
  private static final int MAX_TOKENS = MAX_CHUNK * 3;
  // packed word: key start (24 bits) | key length (5) | token start (27) | token count (7)
  private static final int KEY_LENGTH_SHIFT = 24;
  private static final int TOKEN_START_SHIFT = 29;
  private static final int TOKEN_COUNT_SHIFT = 56;

  /** slot i: hash at 2i (0 = empty), packed word at 2i + 1 */
  private final long[] table = new long[2 * SLOTS];
  private char[] keys = new char[MAX_ENTRIES * 4];
  private int[] tokens = new int[MAX_ENTRIES * 3];
  private int keysUsed;
  private int tokensUsed;
  private int entries;

  /** Slot of {@code text[start, end)}, or a negative number when it is not cached. */
  int find(String text, int start, int end) {
    return find(hash(text, start, end), text, start, end);
  }

  /** {@link #find(String, int, int)} when the chunk's {@link #hash} {@code h} is known. */
  int find(long h, String text, int start, int end) {
    int slot = (int) (h ^ (h >>> 32)) & (SLOTS - 1);
    while (true) {
      long stored = table[2 * slot];
      if (stored == 0) {
        return -1 - slot;
      }
      if (stored == h && sameKey(table[2 * slot + 1], text, start, end)) {
        return slot;
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
  }

  int tokenCount(int slot) {
    return (int) (table[2 * slot + 1] >>> TOKEN_COUNT_SHIFT);
  }

  /** Appends the tokens cached in {@code slot} to {@code out} at {@code at}; returns the new length. */
  int copyTokens(int slot, int[] out, int at) {
    long packed = table[2 * slot + 1];
    int count = (int) (packed >>> TOKEN_COUNT_SHIFT);
    System.arraycopy(tokens, (int) (packed >>> TOKEN_START_SHIFT) & ((1 << 27) - 1), out, at, count);
    return at + count;
  }

  boolean isFull() {
    return entries >= MAX_ENTRIES;
  }

  /**
   * Remembers that {@code text[start, end)}, which {@link #find} did not find, encodes to {@code ids}, and returns
   * its slot. The table must not be full.
   */
  int put(String text, int start, int end, int[] ids) {
    int length = end - start;
    if (length > MAX_CHUNK || ids.length > MAX_TOKENS) {
      throw new IllegalArgumentException("chunk of " + length + " chars with " + ids.length + " tokens");
    }
    if (isFull()) {
      throw new IllegalStateException("chunk table is full");
    }
    long h = hash(text, start, end);
    int slot = -1 - find(h, text, start, end);
    keys = ensure(keys, keysUsed + length);
    tokens = ensure(tokens, tokensUsed + ids.length);
    text.getChars(start, end, keys, keysUsed);
    System.arraycopy(ids, 0, tokens, tokensUsed, ids.length);
    table[2 * slot] = h;
    table[2 * slot + 1] = keysUsed | (long) length << KEY_LENGTH_SHIFT | (long) tokensUsed << TOKEN_START_SHIFT
        | (long) ids.length << TOKEN_COUNT_SHIFT;
    keysUsed += length;
    tokensUsed += ids.length;
    entries++;
    return slot;
  }

  void clear() {
    Arrays.fill(table, 0L);
    keysUsed = 0;
    tokensUsed = 0;
    entries = 0;
  }

  private boolean sameKey(long packed, String text, int start, int end) {
    if (((int) (packed >>> KEY_LENGTH_SHIFT) & 31) != end - start) {
      return false;
    }
    int k = (int) packed & ((1 << KEY_LENGTH_SHIFT) - 1);
    for (int i = start; i < end; i++, k++) {
      if (keys[k] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** A 64-bit hash of the chars, never 0 (0 marks an empty slot). */
  static long hash(String text, int start, int end) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = start; i < end; i++) {
      h = (h ^ text.charAt(i)) * 0xBF58476D1CE4E5B9L;
    }
    h ^= h >>> 31;
    return h == 0 ? 1 : h;
  }

  private static char[] ensure(char[] a, int size) {
    return size <= a.length ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
  }

  private static int[] ensure(int[] a, int size) {
    return size <= a.length ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
  }
}
