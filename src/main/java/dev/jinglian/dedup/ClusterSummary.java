package dev.jinglian.dedup;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one dedup stage found, for {@code stats/dedup.json} and the report.
 *
 * @param docsIn documents the stage saw
 * @param docsRemoved documents it removed (cluster members other than the survivor)
 * @param clusters duplicate clusters (two or more members)
 * @param largestCluster members of the largest cluster (0 when there is none)
 * @param clusterSizes cluster size → number of clusters of that size
 */
public record ClusterSummary(
    @JsonProperty("docs_in") long docsIn,
    @JsonProperty("docs_removed") long docsRemoved,
    @JsonProperty("clusters") long clusters,
    @JsonProperty("largest_cluster") long largestCluster,
    @JsonProperty("cluster_sizes") Map<Long, Long> clusterSizes) {

  /** The summary implied by a size histogram: every cluster keeps one member and loses the rest. */
  static ClusterSummary of(long docsIn, Map<Long, Long> histogram) {
    long clusters = 0;
    long removed = 0;
    long largest = 0;
    for (Map.Entry<Long, Long> e : histogram.entrySet()) {
      clusters += e.getValue();
      removed += (e.getKey() - 1) * e.getValue();
      largest = Math.max(largest, e.getKey());
    }
    return new ClusterSummary(docsIn, removed, clusters, largest, new TreeMap<>(histogram));
  }
}
