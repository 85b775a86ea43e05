package dev.jinglian.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.jinglian.doc.Columns;
import dev.jinglian.report.ReportData.Cluster;
import dev.jinglian.report.ReportData.Dedup;
import dev.jinglian.report.ReportData.Sample;
import dev.jinglian.stats.DedupStats;
import dev.jinglian.stats.DedupStats.DocRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The report's dedup section from the stage's {@code stats/dedup.json}: cluster sizes as a histogram (log bins, so
 * it stays small however large the clusters) and the largest clusters with their text, looked up by id in the
 * shards and the rejected output (a filter on the executors; only the few matching rows, cut short, come back).
 */
final class DedupGatherer {
  static final int CLUSTERS_SHOWN = 5;
  static final int DROPPED_SHOWN = 3;
  /** Cluster sizes from 2 up to 10^7 documents, 4 bins per decade. */
  static final Bins SIZE_BINS = new Bins.Log(2, 4, 28);

  private DedupGatherer() {}

  static Dedup gather(DedupStats stats, Dataset<Row> kept, Dataset<Row> rejected) {
    if (stats == null) {
      return new Dedup(false, null, List.of(), List.of());
    }
    long[] counts = new long[SIZE_BINS.count()];
    double[] edges = SIZE_BINS.edges();
    stats.clusterSizes().forEach((size, n) -> counts[binOf(size, edges)] += n);
    ReportData.Histogram sizes = DistributionGatherer.histogram(SIZE_BINS, Map.of("clusters", counts),
        List.of("clusters"), true);

    List<DedupStats.Cluster> shown = stats.largest().stream()
        .sorted((a, b) -> Long.compare(b.size(), a.size())).limit(CLUSTERS_SHOWN).toList();
    Set<DocRef> wanted = new LinkedHashSet<>();
    for (DedupStats.Cluster c : shown) {
      wanted.add(c.kept());
      c.dropped().stream().limit(DROPPED_SHOWN).forEach(wanted::add);
    }
    Map<DocRef, Sample> texts = new HashMap<>();
    texts.putAll(lookup(kept, wanted, false));
    texts.putAll(lookup(rejected, wanted, true));
    List<Cluster> largest = new ArrayList<>();
    for (DedupStats.Cluster c : shown) {
      List<Sample> dropped = c.dropped().stream().limit(DROPPED_SHOWN).map(r -> texts.getOrDefault(r, missing(r)))
          .toList();
      largest.add(new Cluster(c.size(), texts.getOrDefault(c.kept(), missing(c.kept())), dropped));
    }
    return new Dedup(true, sizes, largest, stats.boilerplate());
  }

  private static int binOf(long size, double[] edges) {
    int i = 0;
    while (i + 2 < edges.length && size >= edges[i + 1]) {
      i++;
    }
    return i;
  }

  private static Sample missing(DocRef r) {
    return new Sample(r.id(), r.source(), null, 0, "not found in the run's outputs", 0, "");
  }

  private static Map<DocRef, Sample> lookup(Dataset<Row> docs, Set<DocRef> refs, boolean withDetail) {
    Map<DocRef, Sample> out = new HashMap<>();
    if (refs.isEmpty()) {
      return out;
    }
    Column any = lit(false);
    for (DocRef r : refs) {
      any = any.or(col(Columns.SOURCE).equalTo(r.source()).and(col(Columns.ID).equalTo(r.id())));
    }
    Map<String, Long> sizes = new HashMap<>();
    Map<String, List<Sample>> found = SampleGatherer.sample(docs.filter(any), col(Columns.ID),
        sizes, 0, withDetail);
    found.values().forEach(list -> list.forEach(s -> out.put(new DocRef(s.source(), s.id()), s)));
    return out;
  }
}
