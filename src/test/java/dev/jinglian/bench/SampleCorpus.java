package dev.jinglian.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** The real-text files of sample-data/ as named lists of documents (see sample-data/README.md). */
public final class SampleCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SampleCorpus() {}

  /** Every sample file (the spam file split by its label), in a fixed order. */
  public static Map<String, List<String>> load(Path root) throws IOException {
    Map<String, List<String>> files = new LinkedHashMap<>();
    files.put("zh/manpages", jsonl(root.resolve("zh/manpages.jsonl.gz"), "content", null, null));
    files.put("zh-hant/manpages", jsonl(root.resolve("zh-hant/manpages.jsonl.gz"), "content", null, null));
    files.put("zh/debian-reference", jsonl(root.resolve("zh/debian-reference.jsonl"), "text", null, null));
    files.put("zh/fortunes", paragraphs(root.resolve("zh/fortunes.txt")));
    for (String kind : List.of("shi", "ci", "prose")) {
      files.put("zh/poetry:" + kind, jsonl(root.resolve("zh/poetry.jsonl"), "text", "kind", kind));
    }
    files.put("en/package-descriptions", jsonl(root.resolve("en/package-descriptions.jsonl"), "text", null, null));
    files.put("en/spam:ham", jsonl(root.resolve("en/spam.jsonl"), "text", "label", "ham"));
    files.put("en/spam:spam", jsonl(root.resolve("en/spam.jsonl"), "text", "label", "spam"));
    return files;
  }

  /** The {@code field} of every line (where {@code whereField} equals {@code whereValue}, when given). */
  static List<String> jsonl(Path file, String field, String whereField, String whereValue) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode n = JSON.readTree(line);
        if (whereField == null || n.get(whereField).asText().equals(whereValue)) {
          out.add(n.get(field).asText());
        }
      }
    }
    return out;
  }

  /** Blank-line separated documents. */
  static List<String> paragraphs(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    for (String p : Files.readString(file, StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
      if (!p.isBlank()) {
        out.add(p);
      }
    }
    return out;
  }
}
