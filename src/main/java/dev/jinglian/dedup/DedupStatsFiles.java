package dev.jinglian.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jinglian.doc.Columns;
import dev.jinglian.job.RunLayout;
import dev.jinglian.stats.DedupStats;
import dev.jinglian.stats.DedupStats.DocRef;
import dev.jinglian.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The dedup stages' statistics. {@code stats/dedup.json} is the report's contract ({@link DedupStats}): cluster
 * sizes and the largest clusters of exact and near dedup together (each stage adds its clusters to what the
 * earlier one wrote). {@code stats/dedup_stages.json} has one section per stage ({@code exact}, {@code near})
 * with its counts and parameters, and {@code lines} for boilerplate-line removal.
 */
final class DedupStatsFiles {
  static final String STAGES_FILE = "dedup_stages.json";
  /** Largest clusters listed for the report (it shows five). */
  static final int LARGEST = 5;
  /** Dropped documents listed per large cluster. */
  static final int DROPPED = 3;

  private DedupStatsFiles() {}

  /**
   * Adds one stage's results.
   *
   * @param clusters the stage's clusters ({@link Clusters#REP}, {@link Clusters#SIZE})
   * @param removed the stage's removed documents (source, id, {@link Clusters#DUPLICATE_OF})
   */
  static void add(RunLayout layout, String section, Object summary, Map<Long, Long> histogram,
      Dataset<Row> clusters, Dataset<Row> removed) {
    List<DedupStats.Cluster> stageLargest = largest(clusters, removed);
    update(layout, section, summary, before -> {
      Map<Long, Long> sizes = new TreeMap<>(before.clusterSizes());
      histogram.forEach((size, n) -> sizes.merge(size, n, Long::sum));
      List<DedupStats.Cluster> largest = new ArrayList<>(before.largest());
      largest.addAll(stageLargest);
      largest.sort(Comparator.comparingLong(DedupStats.Cluster::size).reversed()
          .thenComparing(c -> c.kept().source()).thenComparing(c -> c.kept().id()));
      return new DedupStats(sizes, largest.subList(0, Math.min(LARGEST, largest.size())), before.boilerplate());
    });
  }

  /** Adds the boilerplate-line results: the section, and the most frequent lines for the report. */
  static void addBoilerplate(RunLayout layout, String section, Object summary,
      List<DedupStats.Boilerplate> boilerplate) {
    update(layout, section, summary, before -> new DedupStats(before.clusterSizes(), before.largest(), boilerplate));
  }

  private static void update(RunLayout layout, String section, Object summary, UnaryOperator<DedupStats> change) {
    FileSystem fs = layout.fs();
    Path dir = layout.staged(RunLayout.STATS);
    try {
      fs.mkdirs(dir);
      Path report = new Path(dir, DedupStats.FILE);
      DedupStats before = fs.exists(report) ? read(fs, report) : new DedupStats(Map.of(), List.of(), List.of());
      Json.write(change.apply(before), report, fs);

      Path stages = new Path(dir, STAGES_FILE);
      ObjectNode root = fs.exists(stages) ? (ObjectNode) readTree(fs, stages) : Json.MAPPER.createObjectNode();
      root.set(section, Json.MAPPER.valueToTree(summary));
      Json.write(root, stages, fs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write dedup statistics under " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The stage's largest clusters with a few dropped members each: two small collects. */
  private static List<DedupStats.Cluster> largest(Dataset<Row> clusters, Dataset<Row> removed) {
    Map<String, DedupStats.Cluster> byKept = new LinkedHashMap<>();
    for (Row r : clusters.select(col(Clusters.SIZE), col(Clusters.REP).getField(Columns.SOURCE).as(Columns.SOURCE),
            col(Clusters.REP).getField(Columns.ID).as(Columns.ID))
        .orderBy(col(Clusters.SIZE).desc(), col(Columns.SOURCE), col(Columns.ID)).limit(LARGEST).collectAsList()) {
      DocRef kept = new DocRef(r.getString(1), r.getString(2));
      byKept.put(kept.source() + "/" + kept.id(), new DedupStats.Cluster(r.getLong(0), kept, List.of()));
    }
    if (byKept.isEmpty()) {
      return List.of();
    }
    Map<String, List<DocRef>> dropped = new HashMap<>();
    for (Row r : removed.filter(col(Clusters.DUPLICATE_OF).isin(byKept.keySet().toArray()))
        .withColumn("n", row_number().over(Window.partitionBy(col(Clusters.DUPLICATE_OF))
            .orderBy(col(Columns.SOURCE), col(Columns.ID))))
        .filter(col("n").leq(DROPPED)).orderBy(col(Clusters.DUPLICATE_OF), col("n")).collectAsList()) {
      dropped.computeIfAbsent(r.getAs(Clusters.DUPLICATE_OF), k -> new ArrayList<>())
          .add(new DocRef(r.getAs(Columns.SOURCE), r.getAs(Columns.ID)));
    }
    List<DedupStats.Cluster> out = new ArrayList<>();
    byKept.forEach((key, c) -> out.add(new DedupStats.Cluster(c.size(), c.kept(), dropped.getOrDefault(key,
        List.of()))));
    return out;
  }

  private static DedupStats read(FileSystem fs, Path file) throws IOException {
    try (InputStream in = fs.open(file)) {
      return Json.MAPPER.readValue(in, DedupStats.class);
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode readTree(FileSystem fs, Path file) throws IOException {
    try (InputStream in = fs.open(file)) {
      return Json.MAPPER.readTree(in);
    }
  }
}
