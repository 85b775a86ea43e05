package dev.jinglian.decontam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jinglian.io.InputFiles;
import dev.jinglian.recipe.BenchmarkSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Reads a benchmark's items from its files (JSONL with named fields, or CSV with a header naming a question column
 * and option columns). Benchmarks are configuration, not data to refine: a record that cannot be read fails the
 * run with {@code file:line: what is wrong}, because skipping it would silently let that item through.
 */
final class BenchmarkReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchmarkReader() {}

  static List<BenchmarkItem> read(BenchmarkSpec spec, Configuration conf) {
    List<String> files = InputFiles.list(spec.path(), conf);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("benchmark '" + spec.name() + "': no files match '" + spec.path() + "'");
    }
    String base = basePath(spec.path(), files, conf);
    List<BenchmarkItem> items = new ArrayList<>();
    for (String file : files) {
      String text = readText(file, conf);
      String prefix = spec.name() + ":" + itemFileName(file, base) + ":";
      if (spec.format().equals(BenchmarkSpec.CSV)) {
        readCsv(spec, file, text, prefix, items);
      } else {
        readJsonl(spec, file, text, prefix, items);
      }
    }
    return items;
  }

  private static void readJsonl(BenchmarkSpec spec, String file, String text, String prefix,
      List<BenchmarkItem> out) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
      if (line.isBlank()) {
        continue;
      }
      String where = file + ":" + (i + 1);
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(where + ": not valid JSON: " + e.getOriginalMessage(), e);
      }
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException(where + ": expected a JSON object");
      }
      List<String> fields = new ArrayList<>();
      for (String f : spec.fields()) {
        JsonNode v = node.get(f);
        if (v == null || v.isNull()) {
          throw new IllegalArgumentException(where + ": no field '" + f + "' (benchmark '" + spec.name() + "')");
        }
        if (v.isArray()) {
          for (JsonNode e : v) {
            fields.add(e.isValueNode() ? e.asText() : e.toString());
          }
        } else if (v.isValueNode()) {
          fields.add(v.asText());
        } else {
          throw new IllegalArgumentException(where + ": field '" + f + "' is an object, not text");
        }
      }
      out.add(new BenchmarkItem(prefix + (i + 1), fields));
    }
  }

  private static void readCsv(BenchmarkSpec spec, String file, String text, String prefix,
      List<BenchmarkItem> out) {
    List<CsvRecords.Record> records = CsvRecords.parse(text, file);
    if (records.isEmpty()) {
      throw new IllegalArgumentException(file + ": empty CSV file, expected a header row");
    }
    List<String> header = records.get(0).fields();
    Map<String, Integer> columns = new HashMap<>();
    for (int c = 0; c < header.size(); c++) {
      columns.putIfAbsent(header.get(c).strip(), c);
    }
    List<Integer> wanted = new ArrayList<>();
    for (String col : spec.csvColumns()) {
      Integer idx = columns.get(col);
      if (idx == null) {
        throw new IllegalArgumentException(file + ":1: no column '" + col + "' in the header " + header
            + " (benchmark '" + spec.name() + "')");
      }
      wanted.add(idx);
    }
    for (int r = 1; r < records.size(); r++) {
      CsvRecords.Record rec = records.get(r);
      if (rec.fields().size() != header.size()) {
        throw new IllegalArgumentException(file + ":" + rec.line() + ": record has " + rec.fields().size()
            + " fields, the header has " + header.size());
      }
      List<String> fields = new ArrayList<>();
      for (int idx : wanted) {
        fields.add(rec.fields().get(idx));
      }
      out.add(new BenchmarkItem(prefix + r, fields));
    }
  }

  private static String readText(String file, Configuration conf) {
    try (InputStream in = InputFiles.open(file, conf)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read benchmark file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The directory item file names are taken relative to: the part before the first glob character for a glob,
   * the path itself for a directory, the parent for a single file. Qualified like the listed files.
   */
  static String basePath(String spec, List<String> files, Configuration conf) {
    int glob = indexOfGlob(spec);
    String dir = spec;
    if (glob >= 0) {
      int slash = spec.lastIndexOf('/', glob);
      dir = slash <= 0 ? (slash == 0 ? "/" : ".") : spec.substring(0, slash);
    }
    String qualified = qualify(dir, conf);
    if (glob < 0 && files.size() == 1 && files.get(0).equals(qualified)) {
      return new Path(qualified).getParent().toString();
    }
    return qualified;
  }

  private static String qualify(String path, Configuration conf) {
    try {
      Path p = new Path(path);
      return p.getFileSystem(conf).makeQualified(p).toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve benchmark path '" + path + "': " + e.getMessage(), e);
    }
  }

  private static int indexOfGlob(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }

  /** The file's path below {@code base}, without extensions: {@code test}, {@code test/arts}. */
  static String itemFileName(String file, String base) {
    String rel = file.startsWith(base + "/") ? file.substring(base.length() + 1) : new Path(file).getName();
    int slash = rel.lastIndexOf('/');
    int dot = rel.indexOf('.', slash + 1);
    return dot > slash + 1 ? rel.substring(0, dot) : rel;
  }
}
