package dev.jinglian.stats;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.TreeMap;

/** Per-source funnels of one run; aggregated on the executors, only these small counts reach the driver. */
public final class RunStats {
  public static final String QUARANTINE = "quarantine";
  public static final String KEPT = "kept";

  @JsonProperty("sources")
  private final Map<String, SourceFunnel> sources = new TreeMap<>();

  public SourceFunnel source(String name) {
    return sources.computeIfAbsent(name, n -> new SourceFunnel());
  }

  public Map<String, SourceFunnel> sources() {
    return sources;
  }

  public void addFiles(String source, long files) {
    source(source).files += files;
  }

  /**
   * Records one outcome of the per-document pass: {@link #QUARANTINE}, {@link #KEPT}, or a reject reason.
   */
  public void addOutcome(String source, String outcome, Counts counts) {
    SourceFunnel f = source(source);
    f.read += counts.docs();
    if (outcome.equals(QUARANTINE)) {
      f.quarantined += counts.docs();
      return;
    }
    f.refined = f.refined.plus(counts);
    if (outcome.equals(KEPT)) {
      f.kept = f.kept.plus(counts);
    } else {
      f.rejectedByReason.merge(outcome, counts, Counts::plus);
    }
  }

  /** {@code docs} documents of {@code source} in language {@code lang} were not checked by {@code rule}. */
  public void addSkipped(String source, String rule, String lang, long docs) {
    source(source).skippedByRule.computeIfAbsent(rule, r -> new TreeMap<>()).merge(lang, docs, Long::sum);
  }

  /** The per-document pass made {@code count} edits of {@code kind} to documents of {@code source}. */
  public void addEdits(String source, String kind, EditCount count) {
    source(source).edits.merge(kind, count, EditCount::plus);
  }

  /** A later (global) stage dropped kept documents of {@code source} for {@code reason}. */
  public void reject(String source, String reason, Counts counts) {
    SourceFunnel f = source(source);
    f.kept = f.kept.minus(counts);
    f.rejectedByReason.merge(reason, counts, Counts::plus);
  }

  public Counts kept() {
    return sources.values().stream().map(SourceFunnel::kept).reduce(Counts.ZERO, Counts::plus);
  }

  /** Edits of every source added up, by kind (in order). */
  public Map<String, EditCount> editsByKind() {
    Map<String, EditCount> byKind = new TreeMap<>();
    sources.values().forEach(f -> f.edits().forEach((kind, c) -> byKind.merge(kind, c, EditCount::plus)));
    return byKind;
  }
}
