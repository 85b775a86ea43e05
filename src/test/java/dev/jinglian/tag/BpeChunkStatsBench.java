package dev.jinglian.tag;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * How often BPE chunks repeat in a JSONL corpus, and the miss rate of the token counter's chunk cache
 * ({@link ChunkTokenCache}) over it. Run: bench/run-main.sh dev.jinglian.tag.BpeChunkStatsBench FILE.jsonl MAX_MB
 */
public final class BpeChunkStatsBench {
  private BpeChunkStatsBench() {}

  public static void main(String[] args) throws Exception {
    BpeChunks chunks = new BpeChunks(HanBoundaries.ofVocabulary("/com/knuddels/jtokkit/cl100k_base.tiktoken"));
    long maxBytes = Long.parseLong(args[1]) * 1_000_000L;
    ObjectMapper json = new ObjectMapper();
    Map<String, Integer> seen = new HashMap<>();
    ChunkTokenCache cache = new ChunkTokenCache();
    int[] noTokens = {};
    long[] counts = new long[3]; // chunks, too long to cache, cache misses
    long bytes = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null && bytes < maxBytes) {
        bytes += line.length();
        String text = json.readTree(line).path("text").asText();
        chunks.split(text, (t, s, e) -> {
          counts[0]++;
          if (e - s > ChunkTokenCache.MAX_CHUNK) {
            counts[1]++;
            return;
          }
          seen.merge(t.substring(s, e), 1, Integer::sum);
          if (cache.find(t, s, e) < 0) {
            counts[2]++;
            cache.put(t, s, e, noTokens);
          }
        });
      }
    }
    long once = seen.values().stream().filter(v -> v == 1).count();
    System.out.printf("chunks %,d, too long %,d, distinct short %,d, seen once %,d; cache miss rate %.4f%n",
        counts[0], counts[1], seen.size(), once, (double) counts[2] / (counts[0] - counts[1]));
  }
}
