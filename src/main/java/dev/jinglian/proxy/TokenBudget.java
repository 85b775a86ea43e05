package dev.jinglian.proxy;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.xxhash64;

import dev.jinglian.doc.Columns;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Caps a corpus at a token budget, the same way for every recipe: documents are put in a seeded order
 * ({@code xxhash64(seed, source, id)}, then source and id, a total order) and the longest prefix whose tokens fit
 * the budget is kept. Distributed: the sorted partitions report their token sums, the driver turns them into
 * offsets, and each partition keeps its documents while the running total stays within the budget. The result
 * depends on the documents, the seed and the budget only.
 */
public final class TokenBudget {
  private static final String ORDER = "_order";

  private TokenBudget() {}

  /** The capped documents; {@link #release()} frees the sorted copy they are read from once training is done. */
  public record Capped(Dataset<Row> docs, JavaRDD<Row> sorted) {
    public void release() {
      sorted.unpersist(false);
    }
  }

  /** @param docs documents with {@code source}, {@code id} and {@code tokens} columns */
  public static Capped cap(SparkSession spark, Dataset<Row> docs, long budget, long seed) {
    if (budget < 1) {
      throw new IllegalArgumentException("token budget must be positive, got " + budget);
    }
    JavaRDD<Row> sorted = docs.withColumn(ORDER, xxhash64(lit(seed), col(Columns.SOURCE), col(Columns.ID)))
        .sort(col(ORDER), col(Columns.SOURCE), col(Columns.ID)).drop(ORDER)
        .javaRDD().persist(StorageLevel.MEMORY_AND_DISK());
    int tokens = docs.schema().fieldIndex(Columns.TOKENS);
    List<Long> sums = sorted.mapPartitions(rows -> {
      long s = 0;
      while (rows.hasNext()) {
        s += rows.next().getLong(tokens);
      }
      return List.of(s).iterator();
    }).collect();
    long[] offsets = new long[sums.size()];
    for (int i = 1; i < offsets.length; i++) {
      offsets[i] = offsets[i - 1] + sums.get(i - 1);
    }
    JavaRDD<Row> kept = sorted.mapPartitionsWithIndex((index, rows) -> prefix(rows, offsets[index], budget, tokens),
        true);
    return new Capped(spark.createDataFrame(kept, docs.schema()), sorted);
  }

  /** The rows of one partition while the running total, starting at {@code offset}, stays within the budget. */
  private static Iterator<Row> prefix(Iterator<Row> rows, long offset, long budget, int tokens) {
    return new Iterator<>() {
      private long total = offset;
      private Row next = advance();

      private Row advance() {
        if (total > budget || !rows.hasNext()) {
          return null;
        }
        Row r = rows.next();
        total += r.getLong(tokens);
        return total <= budget ? r : null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Row next() {
        if (next == null) {
          throw new java.util.NoSuchElementException();
        }
        Row r = next;
        next = advance();
        return r;
      }
    };
  }
}
