package dev.jinglian.proxy;

import dev.jinglian.io.InputFiles;
import dev.jinglian.io.RawRecord;
import dev.jinglian.io.RecordIterator;
import dev.jinglian.io.SourceReader;
import dev.jinglian.recipe.InputFormat;
import dev.jinglian.recipe.InputLimits;
import dev.jinglian.recipe.SourceSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;

/**
 * A held-out evaluation set: documents read (in file order) from {@code [name=]path}, a file, directory or glob of
 * JSONL ({@code .jsonl}, {@code .json}, {@code .gz}, field {@code text}), Parquet ({@code .parquet}, column
 * {@code text}) or plain text (anything else, one document per paragraph). The text is scored as it is, without
 * the recipes' normalization: it is the fixed yardstick every recipe is measured against.
 *
 * @param quarantined records that could not be read (bad JSON, invalid UTF-8, ...): counted, never scored
 */
public record HeldOutSet(String name, String path, List<String> texts, long quarantined) {

  public static HeldOutSet read(String spec, Configuration conf) throws IOException {
    int eq = spec.indexOf('=');
    String path = eq > 0 ? spec.substring(eq + 1) : spec;
    List<String> files = InputFiles.list(path, conf);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("held-out set '" + spec + "': no files match '" + path + "'");
    }
    String name = eq > 0 ? spec.substring(0, eq) : baseName(files.size() == 1 ? files.get(0) : path);
    List<String> texts = new ArrayList<>();
    long bad = 0;
    for (String file : files) {
      SourceSpec source = new SourceSpec(sourceName(name), file, formatOf(file), null, null, null, null);
      try (RecordIterator records = new SourceReader(source, InputLimits.defaults()).read(file, conf)) {
        while (records.hasNext()) {
          RawRecord r = records.next();
          if (r.isBad()) {
            bad++;
          } else if (!r.text().isEmpty()) {
            texts.add(r.text());
          }
        }
      }
    }
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("held-out set '" + name + "' (" + path + ") has no readable documents"
          + (bad > 0 ? " (" + bad + " records could not be read)" : ""));
    }
    return new HeldOutSet(name, path, List.copyOf(texts), bad);
  }

  static InputFormat formatOf(String file) {
    String f = file.toLowerCase(Locale.ROOT);
    if (f.endsWith(".parquet")) {
      return InputFormat.PARQUET;
    }
    if (f.endsWith(".jsonl") || f.endsWith(".json") || f.endsWith(".gz")) {
      return InputFormat.JSONL;
    }
    return InputFormat.TEXT;
  }

  private static String baseName(String path) {
    String n = InputFiles.fileName(path);
    int dot = n.indexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  /** A valid source name for the reader (used in its error messages only). */
  private static String sourceName(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
    return s.isEmpty() || !Character.isLetterOrDigit(s.charAt(0)) ? "heldout" + s : s;
  }
}
