package dev.jinglian.recipe;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Input file formats a source can have. gzip compression is detected from the file's magic bytes. */
public enum InputFormat {
  /** One JSON object per line; `.jsonl.gz` files are read the same way. */
  JSONL("jsonl"),
  /** Apache Parquet files with a string text column. */
  PARQUET("parquet"),
  /** Plain UTF-8 text: one document per file or per blank-line-separated paragraph. */
  TEXT("text");

  private final String key;

  InputFormat(String key) {
    this.key = key;
  }

  @JsonValue
  public String key() {
    return key;
  }

  @JsonCreator
  public static InputFormat fromKey(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    if (k.equals("jsonl.gz") || k.equals("json")) {
      return JSONL;
    }
    for (InputFormat f : values()) {
      if (f.key.equals(k)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + key + "' (expected one of "
        + Arrays.stream(values()).map(InputFormat::key).collect(Collectors.joining(", ")) + ")");
  }
}
