package dev.jinglian.dedup;

import static org.apache.spark.sql.functions.col;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Keeps only the candidate edges whose two documents really reach the Jaccard threshold on their shingle sets,
 * removing the LSH false positives (pairs just below the threshold that happened to share a band). The price is
 * shuffling every candidate document's shingle set twice.
 */
final class Verification {
  private Verification() {}

  static Dataset<Row> keepSimilar(Dataset<Row> edges, Dataset<Row> docs, double threshold) {
    Dataset<Row> sets = docs.select(col(Signatures.NODE), col(Signatures.SHINGLES));
    Dataset<Row> joined = edges
        .join(sets.toDF("a", "sa"), Edges.A)
        .join(sets.toDF("b", "sb"), Edges.B)
        .select(col(Edges.A), col(Edges.B), col("sa"), col("sb"));
    return joined.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> filter(rows, threshold),
        Encoders.row(Edges.SCHEMA));
  }

  private static Iterator<Row> filter(Iterator<Row> rows, double threshold) {
    return new Iterator<>() {
      private Row next;

      @Override
      public boolean hasNext() {
        while (next == null && rows.hasNext()) {
          Row r = rows.next();
          if (Shingler.jaccard(toArray(r.getList(2)), toArray(r.getList(3))) >= threshold) {
            next = SortedGroupScan.edge(r.getLong(0), r.getLong(1));
          }
        }
        return next != null;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        Row r = next;
        next = null;
        return r;
      }
    };
  }

  private static long[] toArray(List<Long> list) {
    long[] a = new long[list.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = list.get(i);
    }
    return a;
  }
}
