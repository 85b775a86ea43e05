package dev.jinglian.recipe;

import java.util.Map;

/** Facts about the supported BPE encodings. */
public final class Encodings {
  /** Vocabulary sizes including special tokens (the embedding table size a model needs). */
  private static final Map<String, Integer> VOCAB = Map.of("cl100k_base", 100_277, "o200k_base", 200_019);

  private Encodings() {}

  public static int vocabSize(String encoding) {
    Integer v = VOCAB.get(encoding);
    if (v == null) {
      throw new IllegalArgumentException("unknown encoding " + encoding);
    }
    return v;
  }
}
