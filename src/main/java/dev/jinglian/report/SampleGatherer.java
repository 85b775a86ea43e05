package dev.jinglian.report;

import static org.apache.spark.sql.functions.char_length;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import dev.jinglian.doc.Columns;
import dev.jinglian.report.ReportData.Sample;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Picks a few documents per group (per reject reason, per source) reproducibly: the documents with the smallest
 * seeded hash of (source, id). A filter on the hash keeps about {@link #OVERSAMPLE} rows per group on the
 * executors, with their text already cut to {@link #TEXT_CHARS} code points; the driver ranks those few and keeps
 * {@link #PER_GROUP}. No shuffle, no sort of the dropped documents, and whole documents never reach the driver.
 * The pick does not depend on partitioning: it is the same rows every run with the same seed.
 */
final class SampleGatherer {
  static final int PER_GROUP = 5;
  static final int TEXT_CHARS = 500;
  /** Rows per group that pass the hash filter on average; the chance of fewer than 5 is about 1e-11. */
  static final int OVERSAMPLE = 40;
  private static final long HASH_SPACE = 1_000_000_000L;

  private static final String GROUP = "_group";
  private static final String HASH = "_hash";

  private SampleGatherer() {}

  /**
   * @param docs documents with id, source, lang, tokens, text (and {@code detail} when {@code withDetail})
   * @param group the column to sample within (e.g. reason, source)
   * @param sizes documents per group value (for the filter rate); groups missing here are taken in full
   * @return samples per group value, groups in order, samples by hash
   */
  static Map<String, List<Sample>> sample(Dataset<Row> docs, Column group, Map<String, Long> sizes, long seed,
      boolean withDetail) {
    Column cutoff = lit(HASH_SPACE);
    for (Map.Entry<String, Long> e : sizes.entrySet()) {
      if (e.getValue() > OVERSAMPLE) {
        cutoff = when(col(GROUP).equalTo(e.getKey()), lit(HASH_SPACE / e.getValue() * OVERSAMPLE)).otherwise(cutoff);
      }
    }
    Column hash = xxhash64(lit(seed), col(Columns.SOURCE), col(Columns.ID));
    List<Row> rows = docs
        .withColumn(GROUP, group)
        .withColumn(HASH, hash)
        .filter(col(GROUP).isNotNull().and(pmod(col(HASH), lit(HASH_SPACE)).lt(cutoff)))
        .select(col(GROUP), col(HASH), col(Columns.ID), col(Columns.SOURCE), col(Columns.LANG),
            col(Columns.TOKENS), withDetail ? col(Columns.DETAIL) : lit(null).cast("string").as(Columns.DETAIL),
            char_length(col(Columns.TEXT)).as("chars"),
            substring(col(Columns.TEXT), 1, TEXT_CHARS).as(Columns.TEXT))
        .collectAsList();
    List<Row> ranked = new ArrayList<>(rows);
    ranked.sort(Comparator.comparing((Row r) -> r.getString(0)).thenComparingLong(r -> r.getLong(1))
        .thenComparing(r -> r.getString(3), Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(r -> r.getString(2), Comparator.nullsFirst(Comparator.naturalOrder())));
    Map<String, List<Sample>> out = new TreeMap<>();
    for (Row r : ranked) {
      List<Sample> list = out.computeIfAbsent(r.getString(0), k -> new ArrayList<>());
      if (list.size() < PER_GROUP) {
        list.add(new Sample(r.getString(2), r.getString(3), r.getString(4), r.isNullAt(5) ? 0 : r.getLong(5),
            r.getString(6), r.isNullAt(7) ? 0 : r.getInt(7), r.getString(8)));
      }
    }
    return out;
  }
}
