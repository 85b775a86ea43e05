package dev.jinglian.report;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import dev.jinglian.doc.Columns;
import dev.jinglian.filter.DocumentFilter;
import dev.jinglian.filter.Threshold;
import dev.jinglian.report.ReportData.Distributions;
import dev.jinglian.report.ReportData.Histogram;
import dev.jinglian.report.ReportData.LanguageCount;
import dev.jinglian.report.ReportData.Series;
import dev.jinglian.report.ReportData.SignalPlot;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Computes the report's distributions with Spark aggregations: one pass for the signals' observed ranges, one pass
 * over the documents that reached cleaning and one over the shards for the bin counts. Only counts per bin reach
 * the driver, so the cost on the driver and the size of the report do not depend on the corpus size.
 */
final class DistributionGatherer {
  /** Languages shown one by one; the rest are summed into {@link #OTHER_LANGUAGES}. */
  static final int TOP_LANGUAGES = 24;
  static final String OTHER_LANGUAGES = "(other)";
  static final String IN = "in";
  static final String OUT = "out";
  static final String KEPT = "kept";
  static final String THIS_RULE = "this_rule";
  static final String OTHER_RULES = "other_rules";

  /** Document length in tokens: 5 bins per decade from 1 to 10^8 tokens, empty ends trimmed. */
  static final Bins TOKEN_BINS = new Bins.Log(1, 5, 40);
  static final Bins LANG_SCORE_BINS = new Bins.Linear(0, 1, 20);

  private static final List<String> SERIES_NAMES = List.of(IN, OUT, KEPT, THIS_RULE, OTHER_RULES);
  private static final int KEPT_SERIES = SERIES_NAMES.indexOf(KEPT);
  private static final int THIS_RULE_SERIES = SERIES_NAMES.indexOf(THIS_RULE);
  private static final int OTHER_RULES_SERIES = SERIES_NAMES.indexOf(OTHER_RULES);

  private DistributionGatherer() {}

  /**
   * @param refined every document that reached cleaning (the work table without quarantined rows), with its
   *     per-document reject reason (null when the per-document pass kept it)
   * @param kept the documents in the shards
   * @param filters the run's enabled filters: which family each signal belongs to, and its thresholds
   */
  static Distributions gather(Dataset<Row> refined, Dataset<Row> kept, List<DocumentFilter> filters) {
    Map<String, Bins> bins = new LinkedHashMap<>();
    bins.put(Columns.TOKENS, TOKEN_BINS);
    bins.put(Columns.LANG_SCORE, LANG_SCORE_BINS);

    Map<String, double[]> ranges = signalRanges(refined, filters);
    List<Counted> in = new ArrayList<>();
    in.add(Counted.all(Columns.TOKENS, TOKEN_BINS, IN));
    in.add(Counted.all(Columns.LANG_SCORE, LANG_SCORE_BINS, IN));
    for (DocumentFilter f : filters) {
      for (String s : f.signalNames()) {
        double[] r = ranges.get(s);
        if (r != null) {
          Bins b = Bins.forRange(r[0], r[1]);
          bins.put(s, b);
          in.add(Counted.byReason(s, b, f.family()));
        }
      }
    }
    Map<String, Map<String, long[]>> counts = new HashMap<>();
    countBins(refined, in, counts);
    countBins(kept, List.of(Counted.all(Columns.TOKENS, TOKEN_BINS, OUT),
        Counted.all(Columns.LANG_SCORE, LANG_SCORE_BINS, OUT)), counts);

    List<SignalPlot> signals = new ArrayList<>();
    for (DocumentFilter f : filters) {
      for (String s : f.signalNames()) {
        double[] r = ranges.get(s);
        if (r == null) {
          continue; // no document had this signal (e.g. every document was empty after normalization)
        }
        List<Threshold> thresholds = f.thresholds().stream().filter(t -> t.signal().equals(s)).toList();
        signals.add(new SignalPlot(s, f.family(), r[0], r[1], thresholds,
            histogram(bins.get(s), counts.get(s), List.of(KEPT, THIS_RULE, OTHER_RULES), false)));
      }
    }
    return new Distributions(languages(refined, kept),
        histogram(LANG_SCORE_BINS, counts.get(Columns.LANG_SCORE), List.of(IN, OUT), false),
        histogram(TOKEN_BINS, counts.get(Columns.TOKENS), List.of(IN, OUT), true),
        signals);
  }

  /** Observed [min, max] of every signal that has at least one value; one aggregation for all. */
  private static Map<String, double[]> signalRanges(Dataset<Row> refined, List<DocumentFilter> filters) {
    List<String> names = filters.stream().flatMap(f -> f.signalNames().stream()).toList();
    Map<String, double[]> ranges = new HashMap<>();
    if (names.isEmpty()) {
      return ranges;
    }
    List<Column> aggs = new ArrayList<>();
    for (String s : names) {
      aggs.add(min(col(s)));
      aggs.add(max(col(s)));
    }
    Row r = refined.agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new)).first();
    for (int i = 0; i < names.size(); i++) {
      if (!r.isNullAt(2 * i)) {
        ranges.put(names.get(i), new double[] {r.getDouble(2 * i), r.getDouble(2 * i + 1)});
      }
    }
    return ranges;
  }

  /**
   * One histogram to count: a column's values in {@code bins}, all in one series, or (with a filter family) in
   * kept / dropped by this family / dropped by another rule, by each document's reject reason.
   */
  private record Counted(String column, Bins bins, int series, String reasonPrefix) implements Serializable {
    static Counted all(String column, Bins bins, String series) {
      return new Counted(column, bins, SERIES_NAMES.indexOf(series), null);
    }

    static Counted byReason(String column, Bins bins, String family) {
      return new Counted(column, bins, -1, family + "/");
    }

    int seriesOf(String reason) {
      if (reasonPrefix == null) {
        return series;
      }
      return reason == null ? KEPT_SERIES : reason.startsWith(reasonPrefix) ? THIS_RULE_SERIES : OTHER_RULES_SERIES;
    }
  }

  /**
   * One scan: each partition reads the reason and the counted columns and adds every row to one array of all
   * (histogram, series, bin) counts, in plain Java; the partitions' arrays are then added up. Only that array (a
   * few thousand longs) leaves a partition: no row per cell, no shuffle.
   */
  private static void countBins(Dataset<Row> docs, List<Counted> counted, Map<String, Map<String, long[]>> into) {
    int series = SERIES_NAMES.size();
    int[] offsets = new int[counted.size() + 1];
    for (int h = 0; h < counted.size(); h++) {
      offsets[h + 1] = offsets[h] + series * counted.get(h).bins().count();
    }
    int total = offsets[counted.size()];
    boolean byReason = counted.stream().anyMatch(c -> c.reasonPrefix() != null);
    List<Column> columns = new ArrayList<>();
    columns.add(byReason ? col(Columns.REASON) : lit(null).cast("string"));
    counted.forEach(c -> columns.add(col(c.column())));
    List<Counted> plan = List.copyOf(counted);
    long[] counts = docs.select(columns.toArray(Column[]::new)).javaRDD().mapPartitions(rows -> {
      long[] local = new long[total];
      while (rows.hasNext()) {
        Row r = rows.next();
        String reason = r.isNullAt(0) ? null : r.getString(0);
        for (int h = 0; h < plan.size(); h++) {
          if (!r.isNullAt(h + 1)) {
            Counted c = plan.get(h);
            double x = ((Number) r.get(h + 1)).doubleValue();
            local[offsets[h] + c.seriesOf(reason) * c.bins().count() + c.bins().index(x)]++;
          }
        }
      }
      return List.of(local).iterator();
    }).fold(new long[total], DistributionGatherer::addInto);
    for (int h = 0; h < counted.size(); h++) {
      int bins = counted.get(h).bins().count();
      for (int s = 0; s < series; s++) {
        int from = offsets[h] + s * bins;
        long[] bySeries = Arrays.copyOfRange(counts, from, from + bins);
        if (Arrays.stream(bySeries).anyMatch(c -> c != 0)) {
          long[] c = into.computeIfAbsent(counted.get(h).column(), k -> new HashMap<>())
              .computeIfAbsent(SERIES_NAMES.get(s), k -> new long[bins]);
          for (int b = 0; b < bins; b++) {
            c[b] += bySeries[b];
          }
        }
      }
    }
  }

  private static long[] addInto(long[] sum, long[] more) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += more[i];
    }
    return sum;
  }

  /** A histogram with the given series (missing ones are all zero); empty bins at both ends trimmed if asked. */
  static Histogram histogram(Bins bins, Map<String, long[]> counts, List<String> seriesNames, boolean trim) {
    Map<String, long[]> c = counts == null ? Map.of() : counts;
    int n = bins.count();
    int first = 0;
    int last = n - 1;
    if (trim) {
      first = n;
      last = -1;
      for (long[] v : c.values()) {
        for (int i = 0; i < n; i++) {
          if (v[i] != 0) {
            first = Math.min(first, i);
            last = Math.max(last, i);
          }
        }
      }
      if (last < first) {
        first = 0;
        last = 0;
      }
    }
    double[] edges = Arrays.copyOfRange(bins.edges(), first, last + 2);
    List<Series> series = new ArrayList<>();
    for (String name : seriesNames) {
      long[] v = c.get(name);
      series.add(new Series(name, v == null ? new long[last - first + 1]
          : Arrays.copyOfRange(v, first, last + 1)));
    }
    return new Histogram(bins.scale(), edges, series);
  }

  /** Documents and tokens per language in and out, largest first (by documents in), the tail folded. */
  private static List<LanguageCount> languages(Dataset<Row> refined, Dataset<Row> kept) {
    Map<String, long[]> byLang = new TreeMap<>();
    collectLanguages(refined, byLang, 0);
    collectLanguages(kept, byLang, 1);
    List<Map.Entry<String, long[]>> sorted = new ArrayList<>(byLang.entrySet());
    sorted.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -Math.max(e.getValue()[0],
        e.getValue()[1])).thenComparing(Map.Entry::getKey));
    List<LanguageCount> out = new ArrayList<>();
    long[] other = new long[4];
    for (int i = 0; i < sorted.size(); i++) {
      long[] v = sorted.get(i).getValue();
      if (i < TOP_LANGUAGES) {
        out.add(new LanguageCount(sorted.get(i).getKey(), v[0], v[1], v[2], v[3]));
      } else {
        for (int k = 0; k < 4; k++) {
          other[k] += v[k];
        }
      }
    }
    if (sorted.size() > TOP_LANGUAGES) {
      out.add(new LanguageCount(OTHER_LANGUAGES, other[0], other[1], other[2], other[3]));
    }
    return out;
  }

  /** {@code side} 0 = in, 1 = out; the array holds docs in, docs out, tokens in, tokens out. */
  private static void collectLanguages(Dataset<Row> docs, Map<String, long[]> into, int side) {
    for (Row r : docs.groupBy(coalesce(col(Columns.LANG), lit("und")))
        .agg(count(lit(1)), coalesce(sum(col(Columns.TOKENS)), lit(0L))).collectAsList()) {
      long[] v = into.computeIfAbsent(r.getString(0), k -> new long[4]);
      v[side] += r.getLong(1);
      v[2 + side] += r.getLong(2);
    }
  }
}
