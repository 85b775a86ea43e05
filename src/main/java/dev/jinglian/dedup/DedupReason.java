package dev.jinglian.dedup;

import dev.jinglian.filter.Reason;

/** Why a deduplication stage dropped a document; the rejected row's {@code detail} names the copy that stayed. */
public enum DedupReason implements Reason {
  /** Same normalized text as the kept document. */
  EXACT("exact"),
  /** In one MinHash LSH cluster with the kept document. */
  NEAR("near");

  public static final String FAMILY = "dedup";

  private final String code;

  DedupReason(String code) {
    this.code = code;
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public String code() {
    return code;
  }
}
