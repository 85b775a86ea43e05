package dev.jinglian.report;

import static org.apache.spark.sql.functions.char_length;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import dev.jinglian.doc.Columns;
import dev.jinglian.report.ReportData.Sample;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Picks a few documents per group (per reject reason, per source) reproducibly: the documents with the smallest
 * seeded hash of (source, id). A cheap filter on the hash first keeps about {@link #OVERSAMPLE} rows per group, so
 * the window that ranks them sorts a few hundred rows instead of every dropped document; the text is cut to
 * {@link #TEXT_CHARS} code points on the executors, so whole documents never reach the driver.
 */
final class SampleGatherer {
  static final int PER_GROUP = 5;
  static final int TEXT_CHARS = 500;
  /** Rows per group that survive the hash pre-filter on average; the chance of fewer than 5 is below 1e-20. */
  static final int OVERSAMPLE = 100;
  private static final long HASH_SPACE = 1_000_000_000L;

  private static final String GROUP = "_group";
  private static final String HASH = "_hash";
  private static final String RANK = "_rank";

  private SampleGatherer() {}

  /**
   * @param docs documents with id, source, lang, tokens, text (and {@code detail} when {@code withDetail})
   * @param group the column to sample within (e.g. reason, source)
   * @param sizes documents per group value (for the pre-filter rate); groups missing here are sampled in full
   * @return samples per group value, groups and samples in a stable order
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
    Dataset<Row> picked = docs
        .withColumn(GROUP, group)
        .withColumn(HASH, hash)
        .filter(pmod(col(HASH), lit(HASH_SPACE)).lt(cutoff))
        .select(col(GROUP), col(HASH), col(Columns.ID), col(Columns.SOURCE), col(Columns.LANG),
            col(Columns.TOKENS), withDetail ? col(Columns.DETAIL) : lit(null).cast("string").as(Columns.DETAIL),
            char_length(col(Columns.TEXT)).as("chars"),
            substring(col(Columns.TEXT), 1, TEXT_CHARS).as(Columns.TEXT))
        .withColumn(RANK, row_number().over(Window.partitionBy(col(GROUP))
            .orderBy(col(HASH), col(Columns.SOURCE), col(Columns.ID))))
        .filter(col(RANK).leq(PER_GROUP))
        .orderBy(col(GROUP), col(RANK));
    Map<String, List<Sample>> out = new LinkedHashMap<>();
    for (Row r : picked.collectAsList()) {
      out.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(new Sample(
          r.getString(2), r.getString(3), r.getString(4), r.isNullAt(5) ? 0 : r.getLong(5), r.getString(6),
          r.isNullAt(7) ? 0 : r.getInt(7), r.getString(8)));
    }
    return out;
  }
}
