package dev.jinglian.recipe;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A data mix: a token budget split over sources by weight, or absolute per-source token targets. Tokens are clean
 * tokens in the recipe's tokenizer (counted after every filter and deduplication).
 */
public record MixSpec(
    @JsonPropertyDescription("total clean tokens of the mix; required with weights, derived from absolute targets")
    @JsonProperty("total_tokens") Long totalTokens,
    @JsonPropertyDescription("source name -> its target; sources not named are not used")
    @JsonProperty(value = "sources", required = true) Map<String, SourceTarget> sources,
    @JsonPropertyDescription("documents any source of this mix may use (applied before the per-source select)")
    @JsonProperty("select") SelectSpec select) implements Serializable {

  /** Weights of a mix must sum to 1 within this tolerance. */
  public static final double WEIGHT_TOLERANCE = 1e-6;

  public MixSpec {
    if (sources == null || sources.isEmpty()) {
      throw new IllegalArgumentException("a mix needs at least one source");
    }
    sources = new LinkedHashMap<>(sources);
    select = select == null ? SelectSpec.all() : select;
    boolean weighted = sources.values().stream().anyMatch(t -> t.weight() != null);
    boolean absolute = sources.values().stream().anyMatch(t -> t.tokens() != null);
    if (weighted && absolute) {
      throw new IllegalArgumentException("use either weights or absolute tokens for all sources of a mix, not both");
    }
    if (totalTokens != null && totalTokens < 0) {
      throw new IllegalArgumentException("total_tokens must not be negative, got " + totalTokens);
    }
    if (weighted) {
      if (totalTokens == null) {
        throw new IllegalArgumentException("a weighted mix needs total_tokens");
      }
      double sum = sources.values().stream().mapToDouble(SourceTarget::weight).sum();
      if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
        throw new IllegalArgumentException("weights must sum to 1, they sum to " + sum);
      }
    } else {
      long sum = sources.values().stream().mapToLong(SourceTarget::tokens).sum();
      if (totalTokens != null && totalTokens != sum) {
        throw new IllegalArgumentException("total_tokens " + totalTokens + " differs from the sum of the source "
            + "targets " + sum + " (leave total_tokens out, or use weights)");
      }
      totalTokens = sum;
    }
  }

  /** Target clean tokens of {@code source} in this mix. */
  public long targetTokens(String source) {
    SourceTarget t = sources.get(source);
    return t.tokens() != null ? t.tokens() : Math.round(t.weight() * totalTokens);
  }
}
