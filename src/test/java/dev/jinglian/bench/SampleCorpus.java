package dev.jinglian.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jinglian.util.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Real documents for the dedup benchmarks, from the project's {@code sample-data/}: Chinese man pages
 * (simplified, and their traditional counterparts), Debian Reference sections, classical poetry, fortunes, and
 * English Debian package descriptions.
 */
final class SampleCorpus {
  /** One document. */
  record Doc(String source, String id, String text) implements java.io.Serializable {}

  private SampleCorpus() {}

  static List<Doc> load(Path dir, int minChars) throws IOException {
    List<Doc> docs = new ArrayList<>();
    jsonl(dir.resolve("zh/manpages.jsonl.gz"), "zh_man", "doc_id", "content", minChars, docs);
    jsonl(dir.resolve("zh-hant/manpages.jsonl.gz"), "zh_hant_man", "doc_id", "content", minChars, docs);
    jsonl(dir.resolve("zh/debian-reference.jsonl"), "zh_ref", "id", "text", minChars, docs);
    jsonl(dir.resolve("zh/poetry.jsonl"), "zh_poetry", "id", "text", minChars, docs);
    paragraphs(dir.resolve("zh/fortunes.txt"), "zh_fortune", minChars, docs);
    jsonl(dir.resolve("en/package-descriptions.jsonl"), "en_pkg", "id", "text", minChars, docs);
    return docs;
  }

  private static void jsonl(Path file, String source, String idField, String textField, int minChars,
      List<Doc> out) throws IOException {
    try (BufferedReader r = reader(file)) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = Json.MAPPER.readTree(line);
        String text = n.get(textField).asText();
        if (text.length() >= minChars) {
          out.add(new Doc(source, n.get(idField).asText(), text));
        }
      }
    }
  }

  private static void paragraphs(Path file, String source, int minChars, List<Doc> out) throws IOException {
    String all = Files.readString(file, StandardCharsets.UTF_8);
    int i = 0;
    for (String p : all.split("\n\\s*\n")) {
      if (p.strip().length() >= minChars) {
        out.add(new Doc(source, String.format("%05d", i), p.strip()));
      }
      i++;
    }
  }

  private static BufferedReader reader(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
