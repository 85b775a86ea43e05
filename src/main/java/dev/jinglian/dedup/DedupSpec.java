package dev.jinglian.dedup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;

/**
 * The recipe's {@code dedup} section. Exact deduplication runs first (cheap, removes byte-identical copies of the
 * normalized text), then MinHash LSH near-duplicate removal on what is left.
 *
 * @param exact exact dedup on a 128-bit hash of the normalized text (on by default)
 * @param near MinHash LSH near-duplicate removal (on by default)
 * @param lines CCNet-style removal of boilerplate lines repeated across documents (off by default); unlike the two
 *     document stages it edits texts, so it runs inside the per-document pass, before tagging
 */
public record DedupSpec(
    @JsonPropertyDescription("exact dedup: identical normalized text (128-bit hash); on by default")
    @JsonProperty("exact") ExactDedupSpec exact,
    @JsonPropertyDescription("MinHash LSH near-duplicate removal; on by default")
    @JsonProperty("near") NearDedupSpec near,
    @JsonPropertyDescription("boilerplate lines/paragraphs repeated across many documents are cut out of every document before tagging; off by default")
    @JsonProperty("lines") LineDedupSpec lines) implements Serializable {

  public DedupSpec {
    exact = exact == null ? ExactDedupSpec.defaults() : exact;
    near = near == null ? NearDedupSpec.defaults() : near;
    lines = lines == null ? LineDedupSpec.defaults() : lines;
  }

  public static DedupSpec defaults() {
    return new DedupSpec(null, null, null);
  }
}
