package dev.jinglian.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import dev.jinglian.doc.Columns;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Picks one survivor per duplicate cluster and lists everything else as removed. Clusters are given as member
 * rows with a cluster key; the survivor is the member with the smallest {@link KeepRule#rank}, so the choice
 * depends only on the cluster's members, never on partitioning or order.
 */
final class Clusters {
  static final String REP = "_rep";
  static final String SIZE = "_size";
  /** Column of the removed table naming the surviving copy as {@code source/id}. */
  static final String DUPLICATE_OF = "_duplicate_of";

  private Clusters() {}

  /** Clusters with two or more members ({@link #REP}, {@link #SIZE}) and the removed documents. */
  record Resolution(Dataset<Row> clusters, Dataset<Row> removed) {}

  /**
   * @param members rows with the key columns, {@code source}, {@code id} and {@link KeepRule#CHARS}; a document
   *     appears in at most one cluster
   * @param key the cluster key columns
   * @param work directory for the clusters checkpoint
   */
  static Resolution resolve(Dataset<Row> members, List<String> key, KeepRule keep, List<String> sourceOrder,
      Path work) {
    Column[] keyCols = key.stream().map(k -> col(k)).toArray(Column[]::new);
    Dataset<Row> clusters = Checkpoints.save(members.groupBy(keyCols)
        .agg(min(keep.rank(sourceOrder)).as(REP), count(lit(1)).as(SIZE))
        .filter(col(SIZE).gt(1)), new Path(work, "clusters"));
    Column rep = col(REP);
    Dataset<Row> removed = members.join(clusters, key.toArray(String[]::new))
        .filter(col(Columns.SOURCE).notEqual(rep.getField(Columns.SOURCE))
            .or(col(Columns.ID).notEqual(rep.getField(Columns.ID))))
        .select(col(Columns.SOURCE), col(Columns.ID),
            concat(rep.getField(Columns.SOURCE), lit("/"), rep.getField(Columns.ID)).as(DUPLICATE_OF));
    return new Resolution(clusters, removed);
  }

  /** Cluster size → number of clusters of that size (a small aggregate: one row per distinct size). */
  static Map<Long, Long> sizeHistogram(Dataset<Row> clusters) {
    Map<Long, Long> histogram = new TreeMap<>();
    for (Row r : clusters.groupBy(col(SIZE)).agg(count(lit(1))).collectAsList()) {
      histogram.put(r.getLong(0), r.getLong(1));
    }
    return histogram;
  }
}
