package dev.jinglian.stats;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * {@code stats/dedup.json}, written by a deduplication stage for the report: how large its duplicate clusters
 * were and which documents form the largest ones (ids only; the report looks their text up in the outputs).
 *
 * @param clusterSizes cluster size (documents in the cluster, the kept one included) → number of clusters; only
 *     clusters of two or more
 * @param largest the largest clusters, largest first (a handful; the report shows at most five)
 * @param boilerplate the most frequent boilerplate lines removed by {@code dedup.lines}, most frequent first
 *     (empty when it did not run)
 */
public record DedupStats(
    @JsonProperty("cluster_sizes") Map<Long, Long> clusterSizes,
    @JsonProperty("largest") List<Cluster> largest,
    @JsonProperty("boilerplate") List<Boilerplate> boilerplate) {
  public static final String FILE = "dedup.json";

  public DedupStats {
    clusterSizes = clusterSizes == null ? Map.of() : Map.copyOf(clusterSizes);
    largest = largest == null ? List.of() : List.copyOf(largest);
    boilerplate = boilerplate == null ? List.of() : List.copyOf(boilerplate);
  }

  /** A boilerplate line (or paragraph): an example of its text and in how many documents it was found. */
  public record Boilerplate(@JsonProperty("text") String text, @JsonProperty("documents") long documents) {}

  /** A document of a run, by source and id. */
  public record DocRef(@JsonProperty("source") String source, @JsonProperty("id") String id) {}

  /** One cluster: its size, the document kept, and some of the documents dropped as its duplicates. */
  public record Cluster(
      @JsonProperty("size") long size,
      @JsonProperty("kept") DocRef kept,
      @JsonProperty("dropped") List<DocRef> dropped) {
    public Cluster {
      dropped = dropped == null ? List.of() : List.copyOf(dropped);
    }
  }
}
