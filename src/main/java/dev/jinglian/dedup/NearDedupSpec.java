package dev.jinglian.dedup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;

/**
 * MinHash LSH near-duplicate removal.
 *
 * @param enabled whether the stage runs (default true)
 * @param threshold Jaccard similarity of shingle sets at which two documents are duplicates (default 0.8)
 * @param numPerm MinHash permutations, i.e. signature length (default 128)
 * @param ngramZh shingle size in characters for Chinese/Japanese text (default 5)
 * @param ngramWords shingle size in words for space-delimited text (default 5)
 * @param bands LSH bands; with {@code rows}, or derived from the threshold when both are absent
 * @param rows LSH rows per band; {@code bands × rows ≤ num_perm}
 * @param seed seed of the permutations (default 1; independent of the recipe seed, so signatures of two recipes
 *     are comparable)
 * @param verify check every candidate pair by the true Jaccard of its shingle sets (default true). Without it a
 *     pair that shares a band is a duplicate; the banding alone cannot separate pairs just above the threshold
 *     from pairs just below (measured F1 0.92 against 0.996 with verification, docs/BENCHMARKS.md), and the check
 *     costs little because only candidate documents' shingle sets move.
 * @param keep which member of a cluster stays (default {@code lowest_id})
 */
public record NearDedupSpec(
    @JsonPropertyDescription("whether near dedup runs")
    @JsonProperty("enabled") Boolean enabled,
    @JsonPropertyDescription("Jaccard similarity of shingle sets at which two documents are duplicates, in (0, 1)")
    @JsonProperty("threshold") Double threshold,
    @JsonPropertyDescription("MinHash permutations (signature length), 2 to 1024")
    @JsonProperty("num_perm") Integer numPerm,
    @JsonPropertyDescription("shingle size in characters for Chinese/Japanese text")
    @JsonProperty("ngram_zh") Integer ngramZh,
    @JsonPropertyDescription("shingle size in words for space-delimited text")
    @JsonProperty("ngram_words") Integer ngramWords,
    @JsonPropertyDescription("LSH bands (with rows; bands x rows <= num_perm); absent: derived from threshold and num_perm")
    @JsonProperty("bands") Integer bands,
    @JsonPropertyDescription("LSH rows per band (with bands)")
    @JsonProperty("rows") Integer rows,
    @JsonPropertyDescription("seed of the MinHash permutations")
    @JsonProperty("seed") Long seed,
    @JsonPropertyDescription("check candidate pairs by the true Jaccard of their shingle sets (false: sharing a band is enough)")
    @JsonProperty("verify") Boolean verify,
    @JsonPropertyDescription("which member of a cluster stays: lowest_id (first source in recipe order, then smallest id) or longest")
    @JsonProperty("keep") KeepRule keep) implements Serializable {

  public static final double THRESHOLD_DEFAULT = 0.8;
  public static final int NUM_PERM_DEFAULT = 128;
  public static final int NGRAM_ZH_DEFAULT = 5;
  public static final int NGRAM_WORDS_DEFAULT = 5;
  public static final long SEED_DEFAULT = 1L;
  /** Signatures longer than this buy little accuracy and cost linear time. */
  public static final int NUM_PERM_MAX = 1024;

  public NearDedupSpec {
    enabled = enabled == null || enabled;
    threshold = threshold == null ? THRESHOLD_DEFAULT : threshold;
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("dedup.near.threshold must be in (0, 1), got " + threshold);
    }
    numPerm = numPerm == null ? NUM_PERM_DEFAULT : numPerm;
    if (numPerm < 2 || numPerm > NUM_PERM_MAX) {
      throw new IllegalArgumentException("dedup.near.num_perm must be in [2, " + NUM_PERM_MAX + "], got " + numPerm);
    }
    ngramZh = ngramZh == null ? NGRAM_ZH_DEFAULT : ngramZh;
    ngramWords = ngramWords == null ? NGRAM_WORDS_DEFAULT : ngramWords;
    if (ngramZh < 1 || ngramZh > 64) {
      throw new IllegalArgumentException("dedup.near.ngram_zh must be in [1, 64], got " + ngramZh);
    }
    if (ngramWords < 1 || ngramWords > 64) {
      throw new IllegalArgumentException("dedup.near.ngram_words must be in [1, 64], got " + ngramWords);
    }
    if ((bands == null) != (rows == null)) {
      throw new IllegalArgumentException("dedup.near: set both bands and rows, or neither (then they are derived "
          + "from threshold and num_perm)");
    }
    if (bands != null && (bands < 1 || rows < 1 || (long) bands * rows > numPerm)) {
      throw new IllegalArgumentException("dedup.near: need bands >= 1, rows >= 1 and bands * rows <= num_perm ("
          + numPerm + "), got bands=" + bands + ", rows=" + rows);
    }
    seed = seed == null ? SEED_DEFAULT : seed;
    verify = verify == null || verify;
    keep = keep == null ? KeepRule.LOWEST_ID : keep;
  }

  public static NearDedupSpec defaults() {
    return new NearDedupSpec(null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * Weight of false positives when deriving the banding without verification: a false positive removes a
   * document wrongly, a false negative keeps a copy; both cost the same.
   */
  public static final double FALSE_POSITIVE_WEIGHT = 0.5;
  /**
   * With verification a false positive costs only one Jaccard computation, so the banding leans to recall
   * (1 : 19); at threshold 0.8 and 128 permutations that is 16 bands × 8 rows instead of 9 × 13.
   */
  public static final double FALSE_POSITIVE_WEIGHT_VERIFIED = 0.05;

  /** The banding this spec runs with: explicit, or the one that best separates the threshold. */
  public LshBands lshBands() {
    return bands != null ? new LshBands(bands, rows)
        : LshBands.optimal(threshold, numPerm, verify ? FALSE_POSITIVE_WEIGHT_VERIFIED : FALSE_POSITIVE_WEIGHT);
  }
}
