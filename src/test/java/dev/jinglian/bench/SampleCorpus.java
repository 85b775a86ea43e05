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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Real documents from the project's {@code sample-data/} (see its README for provenance): Chinese man pages
 * (simplified, and their traditional counterparts), Debian Reference sections, classical poetry, fortunes,
 * English Debian package descriptions and e-mail.
 */
final class SampleCorpus {
  /** One document. */
  record Doc(String source, String id, String text) implements java.io.Serializable {}

  private SampleCorpus() {}

  /** The documents of the dedup benchmarks: every file except the e-mail, texts of at least {@code minChars}. */
  static List<Doc> load(Path dir, int minChars) throws IOException {
    List<Doc> docs = new ArrayList<>();
    jsonl(dir.resolve("zh/manpages.jsonl.gz"), "zh_man", "doc_id", "content", null, null, minChars, docs);
    jsonl(dir.resolve("zh-hant/manpages.jsonl.gz"), "zh_hant_man", "doc_id", "content", null, null, minChars, docs);
    jsonl(dir.resolve("zh/debian-reference.jsonl"), "zh_ref", "id", "text", null, null, minChars, docs);
    jsonl(dir.resolve("zh/poetry.jsonl"), "zh_poetry", "id", "text", null, null, minChars, docs);
    paragraphs(dir.resolve("zh/fortunes.txt"), "zh_fortune", minChars, docs);
    jsonl(dir.resolve("en/package-descriptions.jsonl"), "en_pkg", "id", "text", null, null, minChars, docs);
    return docs;
  }

  /**
   * The texts of every file, by file name, for per-file keep rates: poetry split by kind (shi, ci, prose) and
   * e-mail by label (ham, spam).
   */
  static Map<String, List<String>> byFile(Path dir) throws IOException {
    Map<String, List<String>> files = new LinkedHashMap<>();
    put(files, "zh/manpages", dir.resolve("zh/manpages.jsonl.gz"), "doc_id", "content", null, null);
    put(files, "zh-hant/manpages", dir.resolve("zh-hant/manpages.jsonl.gz"), "doc_id", "content", null, null);
    put(files, "zh/debian-reference", dir.resolve("zh/debian-reference.jsonl"), "id", "text", null, null);
    List<Doc> fortunes = new ArrayList<>();
    paragraphs(dir.resolve("zh/fortunes.txt"), "zh/fortunes", 1, fortunes);
    files.put("zh/fortunes", fortunes.stream().map(Doc::text).toList());
    for (String kind : List.of("shi", "ci", "prose")) {
      put(files, "zh/poetry:" + kind, dir.resolve("zh/poetry.jsonl"), "id", "text", "kind", kind);
    }
    put(files, "en/package-descriptions", dir.resolve("en/package-descriptions.jsonl"), "id", "text", null, null);
    put(files, "en/spam:ham", dir.resolve("en/spam.jsonl"), "id", "text", "label", "ham");
    put(files, "en/spam:spam", dir.resolve("en/spam.jsonl"), "id", "text", "label", "spam");
    return files;
  }

  private static void put(Map<String, List<String>> files, String name, Path file, String idField,
      String textField, String whereField, String whereValue) throws IOException {
    List<Doc> docs = new ArrayList<>();
    jsonl(file, name, idField, textField, whereField, whereValue, 1, docs);
    files.put(name, docs.stream().map(Doc::text).toList());
  }

  /** Lines of a JSONL file (where {@code whereField} equals {@code whereValue}, when given). */
  private static void jsonl(Path file, String source, String idField, String textField, String whereField,
      String whereValue, int minChars, List<Doc> out) throws IOException {
    try (BufferedReader r = reader(file)) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = Json.MAPPER.readTree(line);
        String text = n.get(textField).asText();
        boolean selected = whereField == null || n.get(whereField).asText().equals(whereValue);
        if (selected && text.length() >= minChars) {
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
