package dev.jinglian.dedup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;

/**
 * Exact deduplication: documents whose normalized text is identical form one cluster; one representative stays.
 *
 * @param enabled whether the stage runs (default true)
 * @param keep which copy stays (default {@code lowest_id})
 */
public record ExactDedupSpec(
    @JsonPropertyDescription("whether exact dedup runs")
    @JsonProperty("enabled") Boolean enabled,
    @JsonPropertyDescription("which copy stays: lowest_id (first source in recipe order, then smallest id) or longest")
    @JsonProperty("keep") KeepRule keep) implements Serializable {

  public ExactDedupSpec {
    enabled = enabled == null || enabled;
    keep = keep == null ? KeepRule.LOWEST_ID : keep;
  }

  public static ExactDedupSpec defaults() {
    return new ExactDedupSpec(null, null);
  }
}
