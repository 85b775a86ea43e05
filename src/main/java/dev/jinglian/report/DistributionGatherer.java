package dev.jinglian.report;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.jinglian.doc.Columns;
import dev.jinglian.filter.DocumentFilter;
import dev.jinglian.filter.Threshold;
import dev.jinglian.report.ReportData.Distributions;
import dev.jinglian.report.ReportData.Histogram;
import dev.jinglian.report.ReportData.LanguageCount;
import dev.jinglian.report.ReportData.Series;
import dev.jinglian.report.ReportData.SignalPlot;
import java.util.ArrayList;
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
  private static final int SERIES_SHIFT = 24;
  private static final int HISTOGRAM_SHIFT = 32;

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
    List<String> histograms = new ArrayList<>(List.of(Columns.TOKENS, Columns.LANG_SCORE));
    List<Column> inCells = new ArrayList<>();
    inCells.add(cell(0, lit(SERIES_NAMES.indexOf(IN)), Columns.TOKENS, TOKEN_BINS));
    inCells.add(cell(1, lit(SERIES_NAMES.indexOf(IN)), Columns.LANG_SCORE, LANG_SCORE_BINS));
    for (DocumentFilter f : filters) {
      Column series = when(col(Columns.REASON).isNull(), lit(SERIES_NAMES.indexOf(KEPT)))
          .when(col(Columns.REASON).startsWith(f.family() + "/"), lit(SERIES_NAMES.indexOf(THIS_RULE)))
          .otherwise(lit(SERIES_NAMES.indexOf(OTHER_RULES)));
      for (String s : f.signalNames()) {
        double[] r = ranges.get(s);
        if (r != null) {
          Bins b = Bins.forRange(r[0], r[1]);
          bins.put(s, b);
          inCells.add(cell(histograms.size(), series, s, b));
          histograms.add(s);
        }
      }
    }
    Map<String, Map<String, long[]>> counts = new HashMap<>();
    countBins(refined, inCells, histograms, bins, counts);
    countBins(kept, List.of(cell(0, lit(SERIES_NAMES.indexOf(OUT)), Columns.TOKENS, TOKEN_BINS),
        cell(1, lit(SERIES_NAMES.indexOf(OUT)), Columns.LANG_SCORE, LANG_SCORE_BINS)), histograms, bins, counts);

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
   * A document's cell in one histogram as one long: (histogram index, series index, bin), or null when the
   * document has no value for it.
   */
  private static Column cell(int histogram, Column series, String column, Bins bins) {
    return lit((long) histogram << HISTOGRAM_SHIFT).plus(series.cast("long").multiply(lit(1L << SERIES_SHIFT)))
        .plus(bins.index(col(column)).cast("long"));
  }

  /**
   * One scan: every row has one cell per histogram, and each partition counts its cells into one array of every
   * (histogram, series, bin) before the partitions' arrays are added up. Counting in place instead of exploding one
   * row per cell and grouping them keeps this a single pass with no shuffle; the arrays are a few thousand longs.
   */
  private static void countBins(Dataset<Row> docs, List<Column> cells, List<String> histograms,
      Map<String, Bins> bins, Map<String, Map<String, long[]>> into) {
    int[] sizes = histograms.stream().mapToInt(h -> bins.get(h).count()).toArray();
    int[] offsets = new int[sizes.length + 1];
    for (int h = 0; h < sizes.length; h++) {
      offsets[h + 1] = offsets[h] + SERIES_NAMES.size() * sizes[h];
    }
    int total = offsets[sizes.length];
    long[] counts = docs.select(cells.toArray(Column[]::new)).javaRDD().mapPartitions(rows -> {
      long[] local = new long[total];
      while (rows.hasNext()) {
        Row r = rows.next();
        for (int i = 0; i < r.size(); i++) {
          if (!r.isNullAt(i)) {
            long cell = r.getLong(i);
            int h = (int) (cell >>> HISTOGRAM_SHIFT);
            local[offsets[h] + ((int) (cell >>> SERIES_SHIFT) & 0xFF) * sizes[h]
                + (int) (cell & ((1L << SERIES_SHIFT) - 1))]++;
          }
        }
      }
      return List.of(local).iterator();
    }).fold(new long[total], DistributionGatherer::addInto);
    for (int h = 0; h < sizes.length; h++) {
      for (int series = 0; series < SERIES_NAMES.size(); series++) {
        int from = offsets[h] + series * sizes[h];
        long[] bySeries = java.util.Arrays.copyOfRange(counts, from, from + sizes[h]);
        if (java.util.Arrays.stream(bySeries).anyMatch(c -> c != 0)) {
          long[] c = into.computeIfAbsent(histograms.get(h), k -> new HashMap<>())
              .computeIfAbsent(SERIES_NAMES.get(series), k -> new long[bySeries.length]);
          for (int b = 0; b < c.length; b++) {
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
    double[] edges = java.util.Arrays.copyOfRange(bins.edges(), first, last + 2);
    List<Series> series = new ArrayList<>();
    for (String name : seriesNames) {
      long[] v = c.get(name);
      series.add(new Series(name, v == null ? new long[last - first + 1]
          : java.util.Arrays.copyOfRange(v, first, last + 1)));
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
