package dev.jinglian.tag;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.IntArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * BPE tokens in the recipe's encoding (jtokkit). Special-token text is encoded as ordinary text.
 *
 * <p>For cl100k_base the text is cut into {@link BpeChunks} whose tokens add up to the text's tokens, and each
 * distinct short chunk is encoded once and remembered; the result is the same as encoding the whole text (a test
 * checks it on real and random text), only faster. Other encodings are encoded whole. One instance per thread: the
 * chunk cache is not synchronized.
 */
public final class TokenCounter {
  private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();
  private static final String CL100K = "cl100k_base";
  /** Chunks longer than this are encoded every time: they rarely repeat and would bloat the cache. */
  private static final int MAX_CACHED_CHUNK = 24;
  /** The cache is emptied when it reaches this many chunks, which bounds its memory (a few tens of MB). */
  private static final int MAX_CACHED_CHUNKS = 200_000;

  private final Encoding encoding;
  private final BpeChunks chunks;
  private final Map<String, int[]> cache = new HashMap<>();

  private TokenCounter(Encoding encoding, BpeChunks chunks) {
    this.encoding = encoding;
    this.chunks = chunks;
  }

  public static TokenCounter named(String encodingName) {
    Encoding encoding = REGISTRY.getEncoding(encodingName)
        .orElseThrow(() -> new IllegalArgumentException("unknown BPE encoding '" + encodingName + "'"));
    return new TokenCounter(encoding, CL100K.equals(encoding.getName()) ? Cl100kChunks.INSTANCE : null);
  }

  public int count(String text) {
    if (chunks == null) {
      return encoding.countTokensOrdinary(text);
    }
    int[] total = {0};
    chunks.split(text, chunk -> total[0] += chunk.length() > MAX_CACHED_CHUNK
        ? encoding.countTokensOrdinary(chunk) : chunkTokens(chunk).length);
    return total[0];
  }

  public int[] encode(String text) {
    if (chunks == null) {
      return encoding.encodeOrdinary(text).toArray();
    }
    IntArrayList ids = new IntArrayList(Math.max(16, text.length() / 2));
    chunks.split(text, chunk -> {
      for (int id : chunkTokens(chunk)) {
        ids.add(id);
      }
    });
    return ids.toArray();
  }

  public String name() {
    return encoding.getName();
  }

  private int[] chunkTokens(String chunk) {
    if (chunk.length() > MAX_CACHED_CHUNK) {
      return encoding.encodeOrdinary(chunk).toArray();
    }
    int[] ids = cache.get(chunk);
    if (ids == null) {
      if (cache.size() >= MAX_CACHED_CHUNKS) {
        cache.clear();
      }
      ids = encoding.encodeOrdinary(chunk).toArray();
      cache.put(chunk, ids);
    }
    return ids;
  }

  /** The cl100k_base chunker, built once per JVM from the vocabulary shipped in the jtokkit jar. */
  private static final class Cl100kChunks {
    static final BpeChunks INSTANCE =
        new BpeChunks(HanBoundaries.ofVocabulary("/com/knuddels/jtokkit/cl100k_base.tiktoken"));
  }
}
