package dev.jinglian.dedup;

import static org.apache.spark.sql.functions.col;

import com.google.common.collect.Iterators;
import dev.jinglian.doc.Columns;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Keeps only the candidate edges whose two documents really reach the Jaccard threshold on their shingle sets,
 * removing the LSH false positives (pairs just below the threshold that happened to share a band). Shingle sets
 * are computed again for the candidate documents only, so the cost follows the number of candidates, not the
 * corpus: most documents have no candidate and are never shingled twice.
 */
final class Verification {
  private static final String SET = "shingle_set";
  private static final StructType SETS = new StructType()
      .add(Signatures.NODE, DataTypes.LongType, false)
      .add(SET, DataTypes.createArrayType(DataTypes.LongType, false), false);

  private Verification() {}

  /**
   * @param edges candidate edges between node numbers
   * @param docs the signature table (node, source, id)
   * @param input the stage's input documents (source, id, text)
   * @param out where the verified edges are saved
   */
  static Checkpoints.Saved keepSimilar(Dataset<Row> edges, Dataset<Row> docs, Dataset<Row> input, Shingler shingler,
      double threshold, Path out) {
    Dataset<Row> candidates = edges.select(col(Edges.A).as(Signatures.NODE))
        .union(edges.select(col(Edges.B).as(Signatures.NODE))).distinct();
    Dataset<Row> keys = docs.select(col(Signatures.NODE), col(Columns.SOURCE), col(Columns.ID))
        .join(candidates, Signatures.NODE);
    // persisted, not checkpointed: both joins below read it within the one job that writes the verified edges
    Dataset<Row> sets = input.select(col(Columns.SOURCE), col(Columns.ID), col(Columns.TEXT))
        .join(keys, new String[] {Columns.SOURCE, Columns.ID})
        .select(col(Signatures.NODE), col(Columns.TEXT))
        .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> Iterators.transform(rows,
            r -> RowFactory.create(r.getLong(0), Shingler.distinct(shingler.shingles(r.getString(1))))),
            Encoders.row(SETS)).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> joined = edges
        .join(sets.toDF(Edges.A, "sa"), Edges.A)
        .join(sets.toDF(Edges.B, "sb"), Edges.B)
        .select(col(Edges.A), col(Edges.B), col("sa"), col("sb"));
    try {
      return Checkpoints.saveCounted(joined.mapPartitions((MapPartitionsFunction<Row, Row>) rows ->
          Iterators.transform(Iterators.filter(rows,
              r -> Shingler.jaccard(toArray(r.getList(2)), toArray(r.getList(3))) >= threshold),
          r -> SortedGroupScan.edge(r.getLong(0), r.getLong(1))), Encoders.row(Edges.SCHEMA)), out);
    } finally {
      sets.unpersist();
    }
  }

  private static long[] toArray(List<Long> list) {
    long[] a = new long[list.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = list.get(i);
    }
    return a;
  }
}
