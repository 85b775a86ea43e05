package dev.jinglian.recipe;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;
import java.util.Set;

/**
 * Tokenizers: the BPE encoding that counts training tokens and the HanLP segmenter that counts words.
 *
 * @param encoding BPE encoding name: {@code cl100k_base} (default) or {@code o200k_base}
 * @param segmenter Chinese word segmenter: {@code fast} (default: forward and backward maximum matching over HanLP's
 *     core dictionary, HanLP Viterbi where the two disagree), {@code viterbi} (HanLP Viterbi on all text; ~2.7×
 *     slower, no more accurate), {@code standard} (adds person/place/organization recognition and part-of-speech
 *     natures; ~40× slower) or {@code longest_match} (forward longest match alone; least accurate)
 */
public record TokenizerSpec(
    @JsonPropertyDescription("BPE encoding of the tokens column: cl100k_base or o200k_base")
    @JsonProperty("encoding") String encoding,
    @JsonPropertyDescription("Chinese word segmenter for the words column: fast, viterbi, standard (adds name recognition) or longest_match")
    @JsonProperty("segmenter") String segmenter) implements Serializable {

  public static final String ENCODING_DEFAULT = "cl100k_base";
  public static final String SEGMENTER_DEFAULT = "fast";
  private static final Set<String> ENCODINGS = Set.of("cl100k_base", "o200k_base");
  private static final Set<String> SEGMENTERS = Set.of("fast", "viterbi", "standard", "longest_match");

  public TokenizerSpec {
    encoding = encoding == null ? ENCODING_DEFAULT : encoding;
    segmenter = segmenter == null ? SEGMENTER_DEFAULT : segmenter;
    if (!ENCODINGS.contains(encoding)) {
      throw new IllegalArgumentException("tokenizer encoding must be one of " + ENCODINGS + ", got '" + encoding + "'");
    }
    if (!SEGMENTERS.contains(segmenter)) {
      throw new IllegalArgumentException("tokenizer segmenter must be one of " + SEGMENTERS + ", got '" + segmenter + "'");
    }
  }

  public static TokenizerSpec defaults() {
    return new TokenizerSpec(null, null);
  }
}
