package dev.jinglian.proxy;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A model's score on one held-out set. Every document is scored from its begin marker and includes its end
 * marker, which is counted as one predicted token and as one byte (as if documents were joined by a newline), so
 * bits per byte compares models with different tokenizers: {@code bits / (utf8 bytes + docs)}.
 *
 * @param tokens tokens of the text in the model's encoding (without end markers)
 * @param bytes UTF-8 bytes of the text
 * @param bits total {@code -log2 p} of the tokens and end markers
 * @param quarantined records of the set that could not be read
 */
public record EvalResult(
    @JsonProperty("eval_set") String evalSet,
    @JsonProperty("docs") long docs,
    @JsonProperty("tokens") long tokens,
    @JsonProperty("bytes") long bytes,
    @JsonProperty("bits") double bits,
    @JsonProperty("quarantined") long quarantined) {

  @JsonProperty("perplexity")
  public double perplexity() {
    return Math.pow(2, bits / (tokens + docs));
  }

  @JsonProperty("bits_per_byte")
  public double bitsPerByte() {
    return bits / (bytes + docs);
  }
}
