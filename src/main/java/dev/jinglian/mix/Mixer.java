package dev.jinglian.mix;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import dev.jinglian.doc.Columns;
import dev.jinglian.recipe.MixSpec;
import dev.jinglian.recipe.SelectSpec;
import dev.jinglian.recipe.SourceTarget;
import dev.jinglian.recipe.StageSpec;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Samples one stage's mix from the clean pool, deterministically under the recipe seed. Per source, the target is
 * met with whole passes over the source (up-sampling, at most {@code max_epochs}) plus a partial pass: the prefix
 * of the source in seeded key order whose tokens are closest to the remainder ({@link TokenCutFinder}).
 * No document reaches the driver; each selected copy gets an {@code epoch} number.
 */
public final class Mixer {
  public static final String EPOCH = "epoch";
  /** A target counts as met when achieved is within this fraction of it. */
  public static final double TOLERANCE = 0.01;
  private static final String COPIES = "_copies";

  private final long seed;

  public Mixer(long seed) {
    this.seed = seed;
  }

  /** A stage's sampled documents (with {@link #EPOCH}) and what each source achieved. */
  public record MixedStage(Dataset<Row> docs, Map<String, SourceOutcome> outcomes) {}

  public MixedStage sample(Dataset<Row> pool, StageSpec stage) {
    MixSpec mix = stage.mix();
    Dataset<Row> selected = select(pool, mix);

    Map<String, Long> available = new HashMap<>();
    for (Row r : selected.groupBy(col(Columns.SOURCE)).agg(sum(col(Columns.TOKENS))).collectAsList()) {
      available.put(r.getString(0), r.isNullAt(1) ? 0 : r.getLong(1));
    }
    Map<String, Long> fullEpochs = new LinkedHashMap<>();
    Map<String, Long> remainder = new LinkedHashMap<>();
    Map<String, Long> effective = new LinkedHashMap<>();
    for (Map.Entry<String, SourceTarget> e : mix.sources().entrySet()) {
      long a = available.getOrDefault(e.getKey(), 0L);
      long target = mix.targetTokens(e.getKey());
      long cap = (long) Math.floor(e.getValue().maxEpochs() * a);
      long want = Math.min(target, cap);
      long full = a == 0 ? 0 : want / a;
      effective.put(e.getKey(), want);
      fullEpochs.put(e.getKey(), full);
      remainder.put(e.getKey(), want - full * a);
    }

    Column full = bySource(fullEpochs, lit(0L));
    Dataset<Row> keyed = selected.withColumn(TokenCutFinder.KEY,
        xxhash64(lit(seed), lit(stage.name()), full, col(Columns.SOURCE), col(Columns.ID)).bitwiseAND(Long.MAX_VALUE));
    Map<String, TokenCutFinder.Cut> cuts = TokenCutFinder.find(keyed, remainder);

    Column partial = lit(0L);
    for (Map.Entry<String, TokenCutFinder.Cut> e : cuts.entrySet()) {
      partial = when(col(Columns.SOURCE).equalTo(e.getKey()),
          when(col(TokenCutFinder.KEY).leq(e.getValue().cut()), lit(1L)).otherwise(lit(0L))).otherwise(partial);
    }
    Dataset<Row> docs = keyed.withColumn(COPIES, full.plus(partial))
        .filter(col(COPIES).gt(0))
        .withColumn(EPOCH, explode(sequence(lit(0), col(COPIES).minus(1).cast("int"))))
        .drop(TokenCutFinder.KEY, COPIES);

    Map<String, SourceOutcome> outcomes = new LinkedHashMap<>();
    for (Map.Entry<String, SourceTarget> e : mix.sources().entrySet()) {
      String s = e.getKey();
      long a = available.getOrDefault(s, 0L);
      long target = mix.targetTokens(s);
      long achieved = fullEpochs.get(s) * a + cuts.get(s).tokens();
      boolean met = Math.abs(achieved - target) <= TOLERANCE * target;
      String note = null;
      if (!met) {
        if (a == 0) {
          note = "no clean documents left after selection";
        } else if (effective.get(s) < target) {
          note = String.format("source exhausted after max_epochs=%s: %,d clean tokens available, %,d wanted",
              e.getValue().maxEpochs(), a, target);
        } else {
          note = String.format("documents are too large to land within %.0f%% of the target", TOLERANCE * 100);
        }
      }
      outcomes.put(s, new SourceOutcome(a, target, achieved, a == 0 ? 0 : (double) achieved / a, met, note));
    }
    return new MixedStage(docs, outcomes);
  }

  private static Column bySource(Map<String, Long> values, Column otherwise) {
    Column c = otherwise;
    for (Map.Entry<String, Long> e : values.entrySet()) {
      c = when(col(Columns.SOURCE).equalTo(e.getKey()), lit(e.getValue())).otherwise(c);
    }
    return c;
  }

  /** The stage's sources, restricted by the stage's and each source's selection. */
  static Dataset<Row> select(Dataset<Row> pool, MixSpec mix) {
    Column keep = lit(false);
    for (Map.Entry<String, SourceTarget> e : mix.sources().entrySet()) {
      Column own = col(Columns.SOURCE).equalTo(e.getKey())
          .and(condition(pool, mix.select(), e.getKey()))
          .and(condition(pool, e.getValue().select(), e.getKey()));
      keep = keep.or(own);
    }
    return pool.filter(keep);
  }

  private static Column condition(Dataset<Row> pool, SelectSpec select, String source) {
    Column c = lit(true);
    if (select.where() != null) {
      c = c.and(expr(select.where()));
    }
    if (!select.minQuantile().isEmpty() || !select.maxQuantile().isEmpty()) {
      Dataset<Row> ofSource = pool.filter(col(Columns.SOURCE).equalTo(source));
      for (Map.Entry<String, Double> q : select.minQuantile().entrySet()) {
        c = c.and(col(q.getKey()).geq(quantile(ofSource, q.getKey(), q.getValue())));
      }
      for (Map.Entry<String, Double> q : select.maxQuantile().entrySet()) {
        c = c.and(col(q.getKey()).leq(quantile(ofSource, q.getKey(), q.getValue())));
      }
    }
    return c;
  }

  private static double quantile(Dataset<Row> docs, String column, double q) {
    double[] v = docs.stat().approxQuantile(column, new double[] {q}, 0.001);
    return v.length == 0 ? Double.NaN : v[0];
  }
}
