package dev.jinglian.decontam;

import dev.jinglian.filter.Reason;

/** Why decontamination drops a document. */
public enum DecontamReason implements Reason {
  /** The document contains a benchmark item (or, with {@code action: cut}, nothing was left after cutting it). */
  BENCHMARK_OVERLAP;

  public static final String FAMILY = "decontam";

  @Override
  public String family() {
    return FAMILY;
  }
}
