package dev.jinglian.normalize;

import java.io.Serializable;

/**
 * A text → text rewrite applied to every document before tagging (normalization, redaction). Transforms record
 * what they changed in {@link Edits}, so stats and the report can count them.
 */
public interface Transform extends Serializable {
  /** Name used in stats, e.g. {@code nfkc}. */
  String name();

  String apply(String text);

  /** Applies the transform and counts one edit under {@link #name()} when the text changed. */
  default String apply(String text, Edits edits) {
    String out = apply(text);
    if (!out.equals(text)) {
      edits.add(name(), 1);
    }
    return out;
  }
}
