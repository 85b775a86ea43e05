package dev.jinglian.tag;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import java.util.Arrays;

/**
 * BPE tokens in the recipe's encoding (jtokkit). Special-token text is encoded as ordinary text.
 *
 * <p>For cl100k_base the text is cut into {@link BpeChunks} whose tokens add up to the text's tokens, and each
 * distinct short chunk is encoded once and remembered ({@link ChunkTokenCache}), as are longer ones up to a
 * bound ({@link LongChunkTokens}); the result is the same as
 * encoding the whole text (a test checks it on real and random text), only faster. The cache belongs to the
 * calling thread and outlives the counter, so the Spark tasks an executor thread runs one after another share
 * what earlier ones encoded (a first sight of a chunk costs jtokkit's full merge, many times a lookup). Other
 * encodings are encoded whole. Safe to use from several threads.
 */
public final class TokenCounter {
  private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();
  private static final String CL100K = "cl100k_base";

  private static final ThreadLocal<ChunkTokenCache> CACHE = ThreadLocal.withInitial(ChunkTokenCache::new);

  private final Encoding encoding;
  private final BpeChunks chunks;

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
    ChunkTokenCache cache = CACHE.get();
    int[] total = {0};
    chunks.split(text, (t, start, end) -> {
      if (end - start > ChunkTokenCache.MAX_CHUNK) {
        total[0] += longChunk(cache, t, start, end).length;
      } else {
        int n = cache.count(t, start, end); // a miss there was looked up in both generations: encode right away
        total[0] += n >= 0 ? n : cache.tokenCount(cache.put(t, start, end, encodeChunk(t, start, end)));
      }
    });
    return total[0];
  }

  public int[] encode(String text) {
    if (chunks == null) {
      return encoding.encodeOrdinary(text).toArray();
    }
    ChunkTokenCache cache = CACHE.get();
    int[][] ids = {new int[Math.max(16, text.length())]};
    int[] size = {0};
    chunks.split(text, (t, start, end) -> {
      if (end - start > ChunkTokenCache.MAX_CHUNK) {
        int[] encoded = longChunk(cache, t, start, end);
        ids[0] = ensure(ids[0], size[0] + encoded.length);
        System.arraycopy(encoded, 0, ids[0], size[0], encoded.length);
        size[0] += encoded.length;
      } else {
        int slot = cachedSlot(cache, t, start, end);
        ids[0] = ensure(ids[0], size[0] + cache.tokenCount(slot));
        size[0] = cache.copyTokens(slot, ids[0], size[0]);
      }
    });
    return Arrays.copyOf(ids[0], size[0]);
  }

  public String name() {
    return encoding.getName();
  }

  /** The cache slot of {@code text[start, end)}, encoding and caching the chunk first when it is new. */
  private int cachedSlot(ChunkTokenCache cache, String text, int start, int end) {
    int slot = cache.find(text, start, end);
    if (slot >= 0) {
      return slot;
    }
    return cache.put(text, start, end, encodeChunk(text, start, end));
  }

  /** The ids of a chunk too long for the chunk cache, from the long-chunk cache when it was seen before. */
  private int[] longChunk(ChunkTokenCache cache, String text, int start, int end) {
    String chunk = text.substring(start, end);
    int[] ids = cache.longChunks().get(chunk);
    if (ids == null) {
      ids = encoding.encodeOrdinary(chunk).toArray();
      cache.longChunks().put(chunk, ids);
    }
    return ids;
  }

  private int[] encodeChunk(String text, int start, int end) {
    return encoding.encodeOrdinary(text.substring(start, end)).toArray();
  }

  private static int[] ensure(int[] a, int size) {
    return size <= a.length ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
  }

  /** The cl100k_base chunker, built once per JVM from the vocabulary shipped in the jtokkit jar. */
  private static final class Cl100kChunks {
    static final BpeChunks INSTANCE =
        new BpeChunks(HanBoundaries.ofVocabulary("/com/knuddels/jtokkit/cl100k_base.tiktoken"));
  }
}
