package dev.jinglian.recipe;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a plain-text file is cut into documents. */
public enum TextSplit {
  /** The whole file is one document. */
  FILE("file"),
  /** Each run of non-blank lines is one document. */
  PARAGRAPH("paragraph");

  private final String key;

  TextSplit(String key) {
    this.key = key;
  }

  @JsonValue
  public String key() {
    return key;
  }

  @JsonCreator
  public static TextSplit fromKey(String key) {
    for (TextSplit s : values()) {
      if (s.key.equals(key)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown text split '" + key + "' (expected file or paragraph)");
  }
}
