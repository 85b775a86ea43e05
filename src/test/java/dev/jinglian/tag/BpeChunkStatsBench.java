package dev.jinglian.tag;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * How often BPE chunks repeat in a JSONL corpus, and the miss rate of a chunk cache of a given size that is emptied
 * when full. Run: bench/run-main.sh dev.jinglian.tag.BpeChunkStatsBench FILE.jsonl MAX_MB ENTRIES...
 */
public final class BpeChunkStatsBench {
  private BpeChunkStatsBench() {}

  public static void main(String[] args) throws Exception {
    BpeChunks chunks = new BpeChunks(HanBoundaries.ofVocabulary("/com/knuddels/jtokkit/cl100k_base.tiktoken"));
    long maxBytes = Long.parseLong(args[1]) * 1_000_000L;
    ObjectMapper json = new ObjectMapper();
    Map<String, Integer> seen = new HashMap<>();
    long[] total = {0, 0};
    int caches = args.length - 2;
    int[] capacity = new int[caches];
    java.util.List<java.util.Set<String>> tables = new java.util.ArrayList<>();
    long[] misses = new long[caches];
    for (int c = 0; c < caches; c++) {
      capacity[c] = Integer.parseInt(args[c + 2]);
      tables.add(new java.util.HashSet<>());
    }
    long bytes = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null && bytes < maxBytes) {
        bytes += line.length();
        String text = json.readTree(line).path("text").asText();
        chunks.split(text, (t, s, e) -> {
          total[0]++;
          if (e - s > ChunkTokenCache.MAX_CHUNK) {
            total[1]++;
            return;
          }
          String k = t.substring(s, e);
          seen.merge(k, 1, Integer::sum);
          for (int c = 0; c < caches; c++) {
            java.util.Set<String> table = tables.get(c);
            if (!table.contains(k)) {
              misses[c]++;
              if (table.size() >= capacity[c]) {
                table.clear();
              }
              table.add(k);
            }
          }
        });
      }
    }
    long once = seen.values().stream().filter(v -> v == 1).count();
    System.out.printf("chunks %,d, too long %,d, distinct short %,d, seen once %,d%n", total[0], total[1],
        seen.size(), once);
    for (int c = 0; c < caches; c++) {
      System.out.printf("cache %,d entries emptied when full: miss rate %.4f%n", capacity[c],
          (double) misses[c] / (total[0] - total[1]));
    }
  }
}
