package dev.jinglian.tag;

/**
 * A small direct-mapped memo of the token counts of the most recently used chunks, in front of
 * {@link ChunkTokenCache}. The big cache holds hundreds of thousands of chunks in tens of megabytes, so each of its
 * lookups waits for main memory twice (table slot, then the stored characters); chunk frequencies are steeply
 * skewed, and this table of 8,192 entries (512 KB, within a core's L2 cache) answers most lookups from one cache
 * line: each entry is eight longs holding the chunk's hash, its length and count, and its characters packed four
 * to a long, so a hit still compares every character. A new chunk simply replaces the entry in its slot. Not
 * synchronized: one instance per thread.
 */
final class HotChunkCounts {
  private static final int ENTRIES = 1 << 13;
  private static final int STRIDE = 8;
  private static final int MAX_CHARS = (STRIDE - 2) * 4;

  /** entry i at STRIDE * i: hash (0 = empty), length | count << 8, then the characters, four per long */
  private final long[] entries = new long[ENTRIES * STRIDE];

  static {
    if (ChunkTokenCache.MAX_CHUNK > MAX_CHARS) {
      throw new AssertionError("hot entries hold " + MAX_CHARS + " chars, chunks may have "
          + ChunkTokenCache.MAX_CHUNK);
    }
  }

  /** The count remembered for {@code text[start, end)}, whose {@link ChunkTable#hash} is {@code h}, or -1. */
  int get(long h, String text, int start, int end) {
    int at = slot(h);
    if (entries[at] != h) {
      return -1;
    }
    long meta = entries[at + 1];
    int length = end - start;
    if ((int) (meta & 0xFF) != length) {
      return -1;
    }
    for (int i = 0; i < length; i++) {
      if ((char) (entries[at + 2 + (i >> 2)] >>> ((i & 3) << 4)) != text.charAt(start + i)) {
        return -1;
      }
    }
    return (int) (meta >>> 8);
  }

  /** Remembers that {@code text[start, end)} (hash {@code h}, at most 24 chars) has {@code count} tokens. */
  void put(long h, String text, int start, int end, int count) {
    int at = slot(h);
    int length = end - start;
    entries[at] = h;
    entries[at + 1] = length | (long) count << 8;
    for (int w = 0; w < STRIDE - 2; w++) {
      long packed = 0;
      for (int k = 0; k < 4; k++) {
        int i = w * 4 + k;
        if (i < length) {
          packed |= (long) text.charAt(start + i) << (k << 4);
        }
      }
      entries[at + 2 + w] = packed;
    }
  }

  private static int slot(long h) {
    return ((int) (h >>> 40) & (ENTRIES - 1)) * STRIDE;
  }
}
