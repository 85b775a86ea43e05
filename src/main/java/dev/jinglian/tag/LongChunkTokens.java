package dev.jinglian.tag;

import java.util.HashMap;
import java.util.Map;

/**
 * The tokens of chunks longer than {@link ChunkTokenCache#MAX_CHUNK} and at most {@link #MAX_LENGTH} chars: rules
 * ({@code ____}), table borders ({@code ├───┼───┤}), indentation, MIME boundaries. They are rare (a few per thousand
 * chunks) but repeat within a corpus, and each one not remembered costs a full jtokkit merge, tens of microseconds;
 * a lookup here costs a substring and a hash. Keyed by the chunk's text, so an entry can only ever return that
 * chunk's tokens. Bounded: past {@link #MAX_ENTRIES} chunks it starts over. Not synchronized: one instance per
 * thread.
 */
final class LongChunkTokens {
  static final int MAX_LENGTH = 256;
  static final int MAX_ENTRIES = 8192;

  private final Map<String, int[]> idsByChunk = new HashMap<>();

  /** The token ids of {@code chunk}, or null when not remembered (always for chunks too long to keep). */
  int[] get(String chunk) {
    return chunk.length() > MAX_LENGTH ? null : idsByChunk.get(chunk); // no hashing of a megabyte-long chunk
  }

  void put(String chunk, int[] ids) {
    if (chunk.length() > MAX_LENGTH) {
      return;
    }
    if (idsByChunk.size() >= MAX_ENTRIES) {
      idsByChunk.clear();
    }
    idsByChunk.put(chunk, ids);
  }
}
