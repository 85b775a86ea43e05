package dev.jinglian.tag;

import java.util.Arrays;

/**
 * The tokens of short text chunks, looked up by the chunk's characters in place (no substring is made). An
 * open-addressing table in a few flat arrays: one probe usually touches one cache line of hashes, where a
 * {@code HashMap<String, int[]>} of the same size chases four pointers (table, node, key, value) and spent more
 * time in those memory loads than the encoder spent encoding. A hit compares the stored characters, so a hash
 * collision can never return another chunk's tokens. When the table is half full it is emptied, which bounds its
 * memory (about 12 MB). Not synchronized: one instance per thread.
 */
final class ChunkTokenCache {
  /** Longest chunk kept, in chars; longer ones rarely repeat. */
  static final int MAX_CHUNK = 24;
  private static final int SLOTS = 1 << 19;
  private static final int MAX_ENTRIES = SLOTS / 2;

  private final long[] hashes = new long[SLOTS];
  private final int[] keyStart = new int[SLOTS];
  private final int[] tokenStart = new int[SLOTS];
  private final byte[] keyLength = new byte[SLOTS];
  private final byte[] tokenCount = new byte[SLOTS];
  private char[] keys = new char[MAX_ENTRIES * 4];
  private int[] tokens = new int[MAX_ENTRIES * 3];
  private int keysUsed;
  private int tokensUsed;
  private int entries;

  /** Slot of {@code text[start, end)}, or {@code -1 - freeSlot} when it is not cached. */
  int find(String text, int start, int end) {
    long h = hash(text, start, end);
    int slot = (int) (h ^ (h >>> 32)) & (SLOTS - 1);
    while (true) {
      long stored = hashes[slot];
      if (stored == 0) {
        return -1 - slot;
      }
      if (stored == h && sameKey(slot, text, start, end)) {
        return slot;
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
  }

  int tokenCount(int slot) {
    return tokenCount[slot];
  }

  /** Appends the tokens cached in {@code slot} to {@code out} at {@code at}; returns the new length. */
  int copyTokens(int slot, int[] out, int at) {
    System.arraycopy(tokens, tokenStart[slot], out, at, tokenCount[slot]);
    return at + tokenCount[slot];
  }

  /**
   * Remembers that {@code text[start, end)}, which {@link #find} did not find, encodes to {@code ids}, and returns
   * its slot. Empties the table first when it is half full.
   */
  int put(String text, int start, int end, int[] ids) {
    int length = end - start;
    if (length > MAX_CHUNK || ids.length > length * 4) {
      throw new IllegalArgumentException("chunk of " + length + " chars with " + ids.length + " tokens");
    }
    int slot = -1 - find(text, start, end);
    if (entries >= MAX_ENTRIES) {
      clear();
      slot = -1 - find(text, start, end);
    }
    keys = ensure(keys, keysUsed + length);
    tokens = ensure(tokens, tokensUsed + ids.length);
    text.getChars(start, end, keys, keysUsed);
    System.arraycopy(ids, 0, tokens, tokensUsed, ids.length);
    hashes[slot] = hash(text, start, end);
    keyStart[slot] = keysUsed;
    keyLength[slot] = (byte) length;
    tokenStart[slot] = tokensUsed;
    tokenCount[slot] = (byte) ids.length;
    keysUsed += length;
    tokensUsed += ids.length;
    entries++;
    return slot;
  }

  private void clear() {
    Arrays.fill(hashes, 0L);
    keysUsed = 0;
    tokensUsed = 0;
    entries = 0;
  }

  private boolean sameKey(int slot, String text, int start, int end) {
    if (keyLength[slot] != end - start) {
      return false;
    }
    int k = keyStart[slot];
    for (int i = start; i < end; i++, k++) {
      if (keys[k] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** A 64-bit hash of the chars, never 0 (0 marks an empty slot). */
  private static long hash(String text, int start, int end) {
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
