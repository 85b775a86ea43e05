package dev.jinglian.job;

import static org.apache.spark.sql.functions.col;

import dev.jinglian.doc.Columns;
import dev.jinglian.lang.LanguageCodes;
import dev.jinglian.stats.Counts;
import dev.jinglian.stats.EditCount;
import dev.jinglian.stats.RunStats;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the per-document pass did, counted from the work table in one Spark job: per source, the documents and
 * tokens of each outcome (kept, a reject reason, quarantined), the documents each rule skipped per language, and
 * the documents and number of edits of each kind. Each partition counts into small maps that are then added up; no
 * row per document leaves a partition.
 */
final class WorkTableCounts implements Serializable {
  private static final long serialVersionUID = 1L;

  /** (source, outcome) → {docs, tokens}. */
  private final Map<List<String>, long[]> outcomes = new HashMap<>();
  /** (source, rule, lang) → docs. */
  private final Map<List<String>, long[]> skipped = new HashMap<>();
  /** (source, kind) → {docs, edits}. */
  private final Map<List<String>, long[]> edits = new HashMap<>();

  /** Counts {@code work} (the whole work table) into {@code stats}. */
  static void collect(Dataset<Row> work, RunStats stats) {
    work.select(col(Columns.SOURCE), col(Columns.ERROR), col(Columns.REASON), col(Columns.TOKENS),
            col(Columns.LANG), col(Columns.SKIPPED), col(Columns.EDITS))
        .javaRDD()
        .mapPartitions(rows -> {
          WorkTableCounts part = new WorkTableCounts();
          rows.forEachRemaining(part::add);
          return List.of(part).iterator();
        })
        .fold(new WorkTableCounts(), WorkTableCounts::plus)
        .publish(stats);
  }

  private void add(Row r) {
    String source = r.getString(0);
    boolean quarantined = !r.isNullAt(1);
    String outcome = quarantined ? RunStats.QUARANTINE : r.isNullAt(2) ? RunStats.KEPT : r.getString(2);
    long[] o = outcomes.computeIfAbsent(List.of(source, outcome), k -> new long[2]);
    o[0]++;
    o[1] += r.isNullAt(3) ? 0 : ((Number) r.get(3)).longValue();
    if (!r.isNullAt(5)) {
      String lang = r.isNullAt(4) ? LanguageCodes.UNDETERMINED : r.getString(4);
      for (String rule : r.<String>getList(5)) {
        skipped.computeIfAbsent(List.of(source, rule, lang), k -> new long[1])[0]++;
      }
    }
    if (!quarantined && !r.isNullAt(6)) {
      for (Map.Entry<String, Integer> e : r.<String, Integer>getJavaMap(6).entrySet()) {
        long[] c = edits.computeIfAbsent(List.of(source, e.getKey()), k -> new long[2]);
        c[0]++;
        c[1] += e.getValue();
      }
    }
  }

  private static WorkTableCounts plus(WorkTableCounts a, WorkTableCounts b) {
    addAll(a.outcomes, b.outcomes);
    addAll(a.skipped, b.skipped);
    addAll(a.edits, b.edits);
    return a;
  }

  private static void addAll(Map<List<String>, long[]> into, Map<List<String>, long[]> more) {
    more.forEach((k, v) -> {
      long[] sum = into.computeIfAbsent(k, x -> new long[v.length]);
      for (int i = 0; i < v.length; i++) {
        sum[i] += v[i];
      }
    });
  }

  private void publish(RunStats stats) {
    outcomes.forEach((k, v) -> stats.addOutcome(k.get(0), k.get(1), new Counts(v[0], v[1])));
    skipped.forEach((k, v) -> stats.addSkipped(k.get(0), k.get(1), k.get(2), v[0]));
    edits.forEach((k, v) -> stats.addEdits(k.get(0), k.get(1), new EditCount(v[0], v[1])));
  }
}
