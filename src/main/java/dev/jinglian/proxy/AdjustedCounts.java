package dev.jinglian.proxy;

import static dev.jinglian.proxy.NgramKey.HI;
import static dev.jinglian.proxy.NgramKey.LO;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.jinglian.doc.Columns;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The Kneser-Ney counts of every order, computed on Spark: one table {@code (hi, lo, c)} per order, persisted.
 *
 * <p>Each document is {@code <s> t1 … tk </s>}; {@code <s>} is context only, {@code </s>} is predicted. Every
 * predicted position emits one n-gram: its longest one, of order {@code min(N, position + 1)}, so n-grams shorter
 * than N are exactly those that start at {@code <s>}. Counting them (one shuffle) gives the top order and those
 * {@code <s>}-initial n-grams; every other lower-order n-gram gets its continuation count, the number of distinct
 * tokens seen before it, computed as the suffixes of the distinct n-grams one order up (one shuffle per order).
 * As in KenLM, {@code <s>}-initial n-grams keep their raw counts, since nothing can precede them.
 */
final class AdjustedCounts {
  static final String N = "n";
  static final String C = "c";

  private static final StructType EMITTED = DataTypes.createStructType(List.of(
      DataTypes.createStructField(N, DataTypes.IntegerType, false),
      DataTypes.createStructField(HI, DataTypes.LongType, false),
      DataTypes.createStructField(LO, DataTypes.LongType, false)));

  private final List<Dataset<Row>> tables;
  private final long[] distinct;
  private final List<List<Long>> countOfCounts;

  private AdjustedCounts(List<Dataset<Row>> tables, long[] distinct, List<List<Long>> countOfCounts) {
    this.tables = tables;
    this.distinct = distinct;
    this.countOfCounts = countOfCounts;
  }

  /** @param docs documents with {@code id} and {@code token_ids} (ids in {@code [0, vocabSize)}) */
  static AdjustedCounts of(Dataset<Row> docs, int order, int vocabSize) {
    Dataset<Row> emitted = docs.select(col(Columns.ID), col(Columns.TOKEN_IDS))
        .flatMap((FlatMapFunction<Row, Row>) r -> emit(r, order, vocabSize), Encoders.row(EMITTED));
    Dataset<Row> raw = emitted.groupBy(N, HI, LO).agg(count(lit(1)).as(C)).persist(StorageLevel.MEMORY_AND_DISK());
    List<Dataset<Row>> tables = new ArrayList<>();
    for (int m = 0; m <= order; m++) {
      tables.add(null);
    }
    tables.set(order, raw.filter(col(N).equalTo(order)).select(HI, LO, C).persist(StorageLevel.MEMORY_AND_DISK()));
    for (int m = order - 1; m >= 1; m--) {
      Dataset<Row> continuation = tables.get(m + 1)
          .select(NgramKey.suffixHi().as(HI), NgramKey.suffixLo().as(LO))
          .groupBy(HI, LO).agg(count(lit(1)).as(C));
      tables.set(m, raw.filter(col(N).equalTo(m)).select(HI, LO, C).unionByName(continuation)
          .persist(StorageLevel.MEMORY_AND_DISK()));
    }
    // one job for all orders: distinct n-grams and the count-of-counts n1..n4 the discounts are estimated from
    long[] distinct = new long[order + 1];
    List<List<Long>> countOfCounts = new ArrayList<>();
    for (int m = 0; m <= order; m++) {
      countOfCounts.add(List.of(0L, 0L, 0L, 0L));
    }
    Dataset<Row> all = null;
    for (int m = 1; m <= order; m++) {
      Dataset<Row> t = tables.get(m).select(lit(m).as(N), col(C));
      all = all == null ? t : all.unionByName(t);
    }
    for (Row r : all.groupBy(N).agg(count(lit(1)), countOf(1), countOf(2), countOf(3), countOf(4))
        .collectAsList()) {
      int m = r.getInt(0);
      distinct[m] = r.getLong(1);
      countOfCounts.set(m, List.of(r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)));
    }
    raw.unpersist();
    return new AdjustedCounts(tables, distinct, countOfCounts);
  }

  private static Column countOf(long c) {
    return sum(when(col(C).equalTo(c), 1L).otherwise(0L));
  }

  /** Adjusted counts of order {@code m}: {@code (hi, lo, c)}. */
  Dataset<Row> table(int m) {
    return tables.get(m);
  }

  long distinct(int m) {
    return distinct[m];
  }

  /** How many n-grams of order {@code m} have adjusted count 1, 2, 3 and 4. */
  List<Long> countOfCounts(int m) {
    return countOfCounts.get(m);
  }

  Discounts discounts(int m) {
    List<Long> n = countOfCounts.get(m);
    return Discounts.estimate(n.get(0), n.get(1), n.get(2), n.get(3));
  }

  void release() {
    for (Dataset<Row> t : tables) {
      if (t != null) {
        t.unpersist();
      }
    }
  }

  /** Each predicted position's longest n-gram: {@code (order, hi, lo)}. */
  static Iterator<Row> emit(Row doc, int order, int vocabSize) {
    if (doc.isNullAt(1)) {
      throw new IllegalArgumentException("document '" + doc.getString(0) + "' has no token_ids");
    }
    List<Integer> ids = doc.getList(1);
    int[] seq = new int[ids.size() + 2];
    seq[0] = vocabSize + 1;
    for (int i = 0; i < ids.size(); i++) {
      Integer id = ids.get(i);
      if (id == null || id < 0 || id >= vocabSize) {
        throw new IllegalArgumentException("document '" + doc.getString(0) + "': token id " + id + " at position "
            + i + " is outside the vocabulary [0, " + vocabSize + ")");
      }
      seq[i + 1] = id;
    }
    seq[seq.length - 1] = vocabSize;
    List<Row> out = new ArrayList<>(seq.length - 1);
    for (int j = 1; j < seq.length; j++) {
      int n = Math.min(order, j + 1);
      int from = j - n + 1;
      out.add(RowFactory.create(n, NgramKey.hi(seq, from, n), NgramKey.lo(seq, from, n)));
    }
    return out.iterator();
  }
}
