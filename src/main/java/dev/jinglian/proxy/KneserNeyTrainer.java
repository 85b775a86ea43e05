package dev.jinglian.proxy;

import static dev.jinglian.proxy.NgramKey.HI;
import static dev.jinglian.proxy.NgramKey.LO;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.jinglian.doc.Columns;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
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
 * Trains an interpolated modified Kneser-Ney n-gram model (Chen &amp; Goodman 1998) on token ids: counts on Spark
 * ({@link AdjustedCounts}), discounts per order ({@link Discounts}), pruning to a memory budget ({@link Pruning}),
 * then probabilities, written as Parquet with {@code model.json}.
 *
 * <p>Probability: {@code p_n(w|h) = α(hw) + γ(h) p_{n-1}(w|h')} with {@code α(hw) = (a(hw) - D(a))/A(h)} for stored
 * n-grams ({@code a} the adjusted count, {@code A(h)} their sum over {@code w}) and the uniform distribution over
 * the vocabulary plus {@code </s>} below the unigrams, so unseen tokens keep a probability above zero. {@code γ(h)}
 * is the mass the discounts freed, {@code (D1 N1(h) + D2 N2(h) + D3 N3+(h)) / A(h)}, plus, after pruning, the full
 * discounted mass of the context's pruned n-grams: {@code γ(h) = 1 - Σ stored α(h·)}, so every context still sums
 * to one. γ is computed from integer counts per context (no floating-point sums), so the same data gives the same
 * model bytes. A context missing from the model backs off with weight 1.
 */
public final class KneserNeyTrainer {
  static final String C = AdjustedCounts.C;
  static final String CTX_HI = "ctx_hi";
  static final String CTX_LO = "ctx_lo";
  static final String ORDER = "order";
  static final String NGRAM = "ngram";
  static final String CONTEXT = "context";
  static final String ALPHA = "alpha";
  static final String GAMMA = "gamma";
  static final String COUNT = "count";
  static final String NGRAMS_DIR = "ngrams";
  static final String CONTEXTS_DIR = "contexts";
  static final String INFO_FILE = "model.json";

  private final TrainOptions options;

  public KneserNeyTrainer(TrainOptions options) {
    this.options = options;
  }

  /**
   * @param docs documents with {@code id} and {@code token_ids} columns (ids in {@code [0, vocabSize)})
   * @param modelDir where the model is written (Parquet tables and {@code model.json})
   */
  public ProxyModelInfo train(Dataset<Row> docs, String encoding, int vocabSize, Path modelDir, FileSystem fs)
      throws IOException {
    if (vocabSize < 1 || vocabSize + 1 > NgramKey.MAX_ID) {
      throw new IllegalArgumentException("vocabulary of " + vocabSize + " ids does not fit " + NgramKey.BITS
          + "-bit n-gram keys");
    }
    int order = options.order();
    int end = vocabSize;
    int begin = vocabSize + 1;
    int predictable = vocabSize + 1;
    Row totals = docs.agg(count(lit(1)), sum(org.apache.spark.sql.functions.size(col(Columns.TOKEN_IDS))))
        .first();
    long docCount = totals.getLong(0);
    long tokenCount = totals.isNullAt(1) ? 0 : totals.getLong(1);
    if (docCount == 0) {
      throw new IllegalArgumentException("no documents to train on");
    }

    AdjustedCounts counts = AdjustedCounts.of(docs, order, vocabSize);
    long threshold = threshold(counts, order, predictable);

    List<OrderTables> estimated = new ArrayList<>();
    Dataset<Row> kept = null;
    for (int m = 1; m <= order; m++) {
      OrderTables e = estimate(counts.table(m), m, m == 1 ? 1 : threshold, counts.discounts(m));
      estimated.add(e);
      Dataset<Row> k = e.contextStats().select(lit(m).as(ORDER), col("kept"));
      kept = kept == null ? k : kept.unionByName(k);
    }
    long[] ngramsKept = new long[order + 1];
    long[] contextsKept = new long[order + 1];
    for (Row r : kept.groupBy(ORDER).agg(sum(col("kept")), sum(when(col("kept").gt(0), 1L).otherwise(0L)))
        .collectAsList()) {
      ngramsKept[r.getInt(0)] = r.getLong(1);
      contextsKept[r.getInt(0)] = r.getLong(2);
    }

    fs.delete(modelDir, true);
    fs.mkdirs(modelDir);
    Dataset<Row> allGrams = estimated.stream().map(OrderTables::ngrams).reduce(Dataset::unionByName).orElseThrow();
    Dataset<Row> allContexts = estimated.stream().map(OrderTables::contexts).reduce(Dataset::unionByName)
        .orElseThrow();
    // sorted by packed key (the ids' lexicographic order within an order): the same model, the same bytes
    dev.jinglian.shard.ParquetDirectory.write(allGrams.orderBy(ORDER, HI, LO).drop(HI, LO),
        new Path(modelDir, NGRAMS_DIR), "zstd", fs);
    dev.jinglian.shard.ParquetDirectory.write(allContexts.orderBy(ORDER, HI, LO).drop(HI, LO),
        new Path(modelDir, CONTEXTS_DIR), "zstd", fs);
    estimated.forEach(e -> e.contextStats().unpersist());
    counts.release();

    List<ProxyModelInfo.OrderStats> stats = new ArrayList<>();
    long stored = 0;
    for (int m = 1; m <= order; m++) {
      stats.add(new ProxyModelInfo.OrderStats(m, counts.distinct(m), counts.countOfCounts(m), counts.discounts(m),
          ngramsKept[m], contextsKept[m]));
      if (m >= 2) {
        stored += ngramsKept[m] + contextsKept[m];
      }
    }
    ProxyModelInfo info = new ProxyModelInfo(ProxyModelInfo.FORMAT, order, encoding, vocabSize, end, begin,
        predictable, docCount, tokenCount, threshold, options.memoryBudgetBytes(),
        Pruning.bytes(predictable, stored), stats);
    dev.jinglian.util.Json.write(info, new Path(modelDir, INFO_FILE), fs);
    return info;
  }

  /**
   * One order's model rows and the persisted per-context statistics they come from ({@code kept}: how many of the
   * context's n-grams are stored).
   */
  private record OrderTables(Dataset<Row> ngrams, Dataset<Row> contexts, Dataset<Row> contextStats) {}

  /**
   * α for the n-grams of order {@code m} kept at threshold {@code t}, and γ for their contexts: per context, the
   * count sum {@code a}, the kept n-grams per count class ({@code k1}, {@code k2}, {@code k3}) and the counts of
   * the pruned ones, all integers.
   */
  private static OrderTables estimate(Dataset<Row> table, int m, long t, Discounts d) {
    Column isKept = col(C).geq(t);
    Dataset<Row> keyed = table.withColumn(CTX_HI, NgramKey.contextHi(m)).withColumn(CTX_LO, NgramKey.contextLo(m));
    Dataset<Row> stats = keyed.groupBy(CTX_HI, CTX_LO).agg(
            sum(col(C)).as("a"),
            sum(when(isKept.and(col(C).equalTo(1)), 1L).otherwise(0L)).as("k1"),
            sum(when(isKept.and(col(C).equalTo(2)), 1L).otherwise(0L)).as("k2"),
            sum(when(isKept.and(col(C).geq(3)), 1L).otherwise(0L)).as("k3"),
            sum(when(isKept, 0L).otherwise(col(C))).as("pruned"))
        .withColumn("kept", col("k1").plus(col("k2")).plus(col("k3")))
        .withColumn(GAMMA, lit(d.d1()).multiply(col("k1")).plus(lit(d.d2()).multiply(col("k2")))
            .plus(lit(d.d3()).multiply(col("k3"))).plus(col("pruned")).divide(col("a")))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Column discount = when(col(C).equalTo(1), lit(d.d1())).when(col(C).equalTo(2), lit(d.d2()))
        .otherwise(lit(d.d3()));
    Dataset<Row> grams = keyed.filter(isKept).join(stats.select(CTX_HI, CTX_LO, "a"), new String[] {CTX_HI, CTX_LO})
        .select(lit(m).as(ORDER), col(HI), col(LO), NgramKey.idsArray(HI, LO, m).as(NGRAM),
            col(C).minus(discount).divide(col("a")).as(ALPHA), col(C).as(COUNT));
    Dataset<Row> contexts = stats.filter(col("kept").gt(0)).select(lit(m).as(ORDER), col(CTX_HI).as(HI),
        col(CTX_LO).as(LO), NgramKey.idsArray(CTX_HI, CTX_LO, m - 1).as(CONTEXT), col(GAMMA));
    return new OrderTables(grams, contexts, stats);
  }

  /** The pruning threshold for orders ≥ 2: the requested minimum, raised until the model fits the budget. */
  private long threshold(AdjustedCounts counts, int order, int predictable) {
    long upperBound = 0; // every n-gram plus at most as many contexts
    for (int m = 2; m <= order; m++) {
      upperBound += 2 * counts.distinct(m);
    }
    if (Pruning.bytes(predictable, upperBound) <= options.memoryBudgetBytes()) {
      return options.minCount();
    }
    NavigableMap<Long, Long> histogram = new TreeMap<>();
    for (int m = 2; m <= order; m++) {
      Dataset<Row> t = counts.table(m);
      for (Row r : t.groupBy(C).count().collectAsList()) {
        histogram.merge(r.getLong(0), r.getLong(1), Long::sum);
      }
      Dataset<Row> maxima = t.groupBy(NgramKey.contextHi(m).as(CTX_HI), NgramKey.contextLo(m).as(CTX_LO))
          .agg(max(col(C)).as(C));
      for (Row r : maxima.groupBy(C).count().collectAsList()) {
        histogram.merge(r.getLong(0), r.getLong(1), Long::sum);
      }
    }
    return Pruning.threshold(histogram, options.minCount(), options.memoryBudgetBytes(), predictable);
  }
}
