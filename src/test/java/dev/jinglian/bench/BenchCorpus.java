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

/** Loads a benchmark corpus ({@code bench/safety_corpus.py}) and normalizes it like the pipeline (no PII step). */
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

  public static long chars(List<String> docs) {
    long c = 0;
    for (String d : docs) {
      c += d.length();
    }
    return c;
  }
}
