package dev.jinglian.stats;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happened to one source's records: read, quarantined, rejected per stage and rule, kept.
 * Invariant: {@code read = quarantined + rejected + kept} (in documents).
 */
public final class SourceFunnel {
  @JsonProperty("files")
  long files;
  @JsonProperty("read")
  long read;
  @JsonProperty("quarantined")
  long quarantined;
  @JsonProperty("refined")
  Counts refined = Counts.ZERO;
  @JsonProperty("rejected")
  final Map<String, Counts> rejectedByReason = new TreeMap<>();
  @JsonProperty("kept")
  Counts kept = Counts.ZERO;
  @JsonProperty("edits")
  final Map<String, EditCount> edits = new TreeMap<>();
  /** Documents per rule not applicable to them ({@code family} or {@code family/rule}), then per language. */
  @JsonProperty("skipped")
  final Map<String, Map<String, Long>> skippedByRule = new TreeMap<>();

  public long files() {
    return files;
  }

  public long read() {
    return read;
  }

  public long quarantined() {
    return quarantined;
  }

  /** Documents and tokens that reached the per-document pass (read minus quarantined). */
  public Counts refined() {
    return refined;
  }

  public Map<String, Counts> rejectedByReason() {
    return rejectedByReason;
  }

  public Counts rejected() {
    return rejectedByReason.values().stream().reduce(Counts.ZERO, Counts::plus);
  }

  public Counts kept() {
    return kept;
  }

  /**
   * Edits the normalization transforms made, by kind ({@code nfkc}, {@code whitespace}, {@code pii_email} ...),
   * over every document that reached the per-document pass, kept or rejected.
   */
  public Map<String, EditCount> edits() {
    return edits;
  }

  public Map<String, Map<String, Long>> skippedByRule() {
    return skippedByRule;
  }
}
