package dev.jinglian.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A labelled text from a JSON Lines file with {@code id}, {@code lang} and {@code text} fields. */
public record LabelledText(String id, String lang, String text) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static List<LabelledText> read(Path jsonl) throws IOException {
    List<LabelledText> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          JsonNode n = JSON.readTree(line);
          out.add(new LabelledText(n.get("id").asText(), n.get("lang").asText(), n.get("text").asText()));
        }
      }
    }
    return out;
  }

  /**
   * Documents of about {@code chars} characters per language, each made by joining consecutive texts of that
   * language with blank lines (texts are reused in order when a language runs out).
   */
  public static Map<String, List<String>> concatenated(List<LabelledText> texts, int chars, int perLanguage) {
    Map<String, List<String>> byLang = new LinkedHashMap<>();
    for (LabelledText t : texts) {
      byLang.computeIfAbsent(t.lang(), k -> new ArrayList<>()).add(t.text());
    }
    Map<String, List<String>> docs = new LinkedHashMap<>();
    byLang.forEach((lang, list) -> {
      List<String> out = new ArrayList<>();
      int next = 0;
      for (int d = 0; d < perLanguage; d++) {
        StringBuilder doc = new StringBuilder();
        while (doc.length() < chars) {
          doc.append(doc.length() == 0 ? "" : "\n\n").append(list.get(next++ % list.size()));
        }
        out.add(doc.substring(0, chars));
      }
      docs.put(lang, out);
    });
    return docs;
  }
}
