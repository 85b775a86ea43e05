package dev.jinglian.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jinglian.normalize.Normalization;
import dev.jinglian.normalize.Transform;
import dev.jinglian.recipe.NormalizeSpec;
import dev.jinglian.recipe.PiiSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark helpers: loads a corpus ({@code bench/safety_corpus.py}) normalized like the pipeline (no PII step), and
 * times repeated passes.
 */
public final class BenchCorpus {
  private BenchCorpus() {}

  public static List<String> load(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Transform> norm = Normalization.from(new NormalizeSpec(null, null, null, new PiiSpec(false, null, null)));
    List<String> docs = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      JsonNode n = json.readTree(line);
      String text = n.get("text").asText();
      for (Transform t : norm) {
        text = t.apply(text);
      }
      docs.add(text);
    }
    return docs;
  }

  /** Wall time of the fastest of three passes, after two warm-up passes (JIT). */
  public static long bestNanos(Runnable pass) {
    pass.run();
    pass.run();
    long best = Long.MAX_VALUE;
    for (int rep = 0; rep < 3; rep++) {
      long t0 = System.nanoTime();
      pass.run();
      best = Math.min(best, System.nanoTime() - t0);
    }
    return best;
  }

  public static long chars(List<String> docs) {
    long c = 0;
    for (String d : docs) {
      c += d.length();
    }
    return c;
  }
}
