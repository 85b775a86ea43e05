package dev.jinglian.tag;

import java.util.Arrays;

/**
 * The tokens of short chunks, in two generations of {@link ChunkTable}: new chunks go into the current table; when
 * it is full it becomes the previous one and the older previous table is emptied to become current. A chunk found
 * only in the previous table is copied into the current one. Frequent chunks therefore survive every turn, and only
 * chunks unseen for a whole generation have to be encoded again; emptying a single table instead made every chunk a
 * miss after each emptying, and a miss costs a jtokkit merge of tens of microseconds. About 25 MB. Not
 * synchronized: one instance per thread.
 */
final class ChunkTokenCache {
  /** Longest chunk kept, in chars; longer ones rarely repeat. */
  static final int MAX_CHUNK = 24;

  private ChunkTable current = new ChunkTable();
  private ChunkTable previous = new ChunkTable();
  private final int[] copied = new int[MAX_CHUNK * 3];
  private final HotChunkCounts hot = new HotChunkCounts();
  private final LongChunkTokens longChunks = new LongChunkTokens();

  /** The same thread's tokens of chunks longer than {@link #MAX_CHUNK}. */
  LongChunkTokens longChunks() {
    return longChunks;
  }

  /** The number of tokens of {@code text[start, end)}, or -1 when it is not cached. */
  int count(String text, int start, int end) {
    long h = ChunkTable.hash(text, start, end);
    int count = hot.get(h, text, start, end);
    if (count >= 0) {
      return count;
    }
    int slot = find(h, text, start, end);
    if (slot < 0) {
      return -1;
    }
    count = tokenCount(slot);
    hot.put(h, text, start, end, count);
    return count;
  }

  /** Slot of {@code text[start, end)} in the current table, or a negative number when it is not cached. */
  int find(String text, int start, int end) {
    return find(ChunkTable.hash(text, start, end), text, start, end);
  }

  private int find(long h, String text, int start, int end) {
    int slot = current.find(h, text, start, end);
    if (slot >= 0) {
      return slot;
    }
    int old = previous.find(h, text, start, end);
    if (old < 0) {
      return old;
    }
    int n = previous.copyTokens(old, copied, 0);
    return put(text, start, end, Arrays.copyOf(copied, n));
  }

  int tokenCount(int slot) {
    return current.tokenCount(slot);
  }

  /** Appends the tokens cached in {@code slot} to {@code out} at {@code at}; returns the new length. */
  int copyTokens(int slot, int[] out, int at) {
    return current.copyTokens(slot, out, at);
  }

  /** Remembers that {@code text[start, end)}, not found, encodes to {@code ids}; returns its slot. */
  int put(String text, int start, int end, int[] ids) {
    if (current.isFull()) {
      ChunkTable emptied = previous;
      emptied.clear();
      previous = current;
      current = emptied;
    }
    return current.put(text, start, end, ids);
  }
}
