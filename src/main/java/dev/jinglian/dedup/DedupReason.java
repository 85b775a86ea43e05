package dev.jinglian.dedup;

import dev.jinglian.filter.Reason;

/**
 * Why deduplication dropped a document. For {@code exact} and {@code near} the rejected row's {@code detail} names
 * the copy that stayed.
 */
public enum DedupReason implements Reason {
  /** Same normalized text as the kept document. */
  EXACT,
  /** In one MinHash LSH cluster with the kept document. */
  NEAR,
  /** Every line (or paragraph) of the document was boilerplate repeated across the corpus; nothing was left. */
  BOILERPLATE_ONLY;

  public static final String FAMILY = "dedup";

  @Override
  public String family() {
    return FAMILY;
  }
}
