package dev.jinglian.dedup;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.jinglian.job.RunLayout;
import dev.jinglian.normalize.Transform;
import dev.jinglian.stats.Counts;
import dev.jinglian.stats.DedupStats;
import dev.jinglian.stats.EditCount;
import dev.jinglian.stats.RunStats;
import dev.jinglian.stats.SourceFunnel;
import dev.jinglian.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * CCNet-style boilerplate removal across the corpus, in two steps around the per-document pass:
 * <ol>
 *   <li>{@link #find}: a scan of the normalized texts gives every unit (line or paragraph, {@link LineKeys}) a
 *       64-bit key; each document contributes each distinct key once, a shuffle sums them into document counts,
 *       and the keys in at least {@code min_documents} documents are the boilerplate. Only those keys reach the
 *       driver (at most {@code max_boilerplate}, most frequent first), and they are broadcast as one sorted
 *       {@code long[]}: 8 bytes a unit, nothing proportional to the corpus;</li>
 *   <li>{@link #removal()}: the per-document pass cuts those units out of each document before it is tagged, so
 *       word counts, token counts and every filter signal describe the text that is actually kept.</li>
 * </ol>
 * The scan reads and normalizes the inputs once more than a run without it (measured in docs/BENCHMARKS.md).
 */
public final class BoilerplateLines implements Serializable {
  /** Most frequent boilerplate units listed, with an example text, in the stats and the report. */
  public static final int TOP = 20;
  /** Section of {@code stats/dedup_stages.json}. */
  static final String SECTION = "lines";

  private final LineDedupSpec spec;
  private final Broadcast<long[]> keys;
  private final List<Tuple2<Long, Long>> top;
  private final boolean capped;
  private final BoilerplateSamples samples;

  private BoilerplateLines(LineDedupSpec spec, Broadcast<long[]> keys, List<Tuple2<Long, Long>> top,
      boolean capped, BoilerplateSamples samples) {
    this.spec = spec;
    this.keys = keys;
    this.top = top;
    this.capped = capped;
    this.samples = samples;
  }

  /**
   * Finds the boilerplate units of a corpus (one shuffle of (key, count) pairs, one bounded top-k to the driver).
   *
   * @param normalizedTexts every document's text after normalization, exactly as the per-document pass sees it
   */
  public static BoilerplateLines find(SparkSession spark, LineDedupSpec spec, JavaRDD<String> normalizedTexts) {
    LineKeys lineKeys = new LineKeys(spec);
    int minDocuments = spec.minDocuments();
    List<Tuple2<Long, Long>> frequent = normalizedTexts
        .flatMapToPair(text -> Arrays.stream(distinctKeys(lineKeys, text)).mapToObj(k -> new Tuple2<>(k, 1L))
            .iterator())
        .reduceByKey(Long::sum)
        .filter(kv -> kv._2() >= minDocuments)
        .takeOrdered(spec.maxBoilerplate() + 1, new MostFrequent());
    boolean capped = frequent.size() > spec.maxBoilerplate();
    if (capped) {
      frequent = frequent.subList(0, spec.maxBoilerplate());
      System.err.printf("warning: dedup.lines: more than %,d boilerplate %ss; only the %,d most frequent are "
          + "removed (raise dedup.lines.max_boilerplate or min_documents)%n", spec.maxBoilerplate(),
          spec.unit().key(), spec.maxBoilerplate());
    }
    long[] sorted = frequent.stream().mapToLong(Tuple2::_1).sorted().toArray();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    BoilerplateSamples samples = new BoilerplateSamples();
    spark.sparkContext().register(samples, "boilerplate samples");
    return new BoilerplateLines(spec, jsc.broadcast(sorted),
        new ArrayList<>(frequent.subList(0, Math.min(TOP, frequent.size()))), capped, samples);
  }

  /** The distinct keys of one text's units (a unit repeated in a document counts once). */
  static long[] distinctKeys(LineKeys lineKeys, String text) {
    return lineKeys.units(text).stream().mapToLong(lineKeys::key).filter(k -> k != LineKeys.NONE).sorted()
        .distinct().toArray();
  }

  /** Document count descending, then key ascending: a total order, so the capped set is deterministic. */
  private static final class MostFrequent implements Comparator<Tuple2<Long, Long>>, Serializable {
    @Override
    public int compare(Tuple2<Long, Long> a, Tuple2<Long, Long> b) {
      int c = Long.compare(b._2(), a._2());
      return c != 0 ? c : Long.compare(a._1(), b._1());
    }
  }

  /** Number of boilerplate units found. */
  public int size() {
    return keys.value().length;
  }

  /** The transform the per-document pass applies after normalization. */
  public Transform removal() {
    return new BoilerplateRemoval(new LineKeys(spec), keys,
        top.stream().mapToLong(Tuple2::_1).sorted().toArray(), samples);
  }

  /**
   * Writes what was found, with the example texts the per-document pass collected, to {@code file} (in the run's
   * work directory next to the refined table, so a resumed run still has it).
   */
  public void writeFound(Path file, FileSystem fs) {
    Map<Long, String> texts = samples.value();
    List<DedupStats.Boilerplate> lines = top.stream()
        .map(t -> new DedupStats.Boilerplate(texts.get(t._1()), t._2())).toList();
    try {
      Json.write(new Summary(spec.unit().key(), spec.minDocuments(), spec.minWidth(), spec.foldDigits(), size(),
          capped, null, null, null, lines), file, fs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Adds the boilerplate section to the run's stats: {@code lines} in {@code stats/dedup_stages.json} (with the
   * units removed and documents edited or emptied, from the run's funnel) and the top lines in
   * {@code stats/dedup.json} for the report. Does nothing when {@code found} does not exist.
   */
  public static void publish(Path found, RunLayout layout, RunStats stats) {
    FileSystem fs = layout.fs();
    try {
      if (!fs.exists(found)) {
        return;
      }
      Summary s;
      try (InputStream in = fs.open(found)) {
        s = Json.MAPPER.readValue(in, Summary.class);
      }
      String edit = BoilerplateRemoval.editName(LineUnit.parse(s.unit()));
      long removed = 0;
      long edited = 0;
      long emptied = 0;
      for (SourceFunnel f : stats.sources().values()) {
        EditCount e = f.edits().getOrDefault(edit, new EditCount(0, 0));
        removed += e.edits();
        edited += e.docs();
        emptied += f.rejectedByReason().getOrDefault(DedupReason.BOILERPLATE_ONLY.key(), Counts.ZERO).docs();
      }
      Summary full = new Summary(s.unit(), s.minDocuments(), s.minWidth(), s.foldDigits(), s.boilerplate(),
          s.capped(), removed, edited, emptied, s.top());
      DedupStatsFiles.addBoilerplate(layout, SECTION, full, full.top());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish boilerplate statistics from " + found + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * The {@code lines} section of {@code stats/dedup_stages.json}.
   *
   * @param boilerplate distinct boilerplate units found (the size of the broadcast set)
   * @param capped whether more were found than {@code max_boilerplate} (only the most frequent were removed)
   * @param unitsRemoved units cut out of documents, in all
   * @param docsEdited documents that lost at least one unit
   * @param docsEmptied documents that were only boilerplate (rejected as {@code dedup/boilerplate_only})
   * @param top the most frequent units, most frequent first
   */
  public record Summary(
      @JsonProperty("unit") String unit,
      @JsonProperty("min_documents") int minDocuments,
      @JsonProperty("min_width") int minWidth,
      @JsonProperty("fold_digits") boolean foldDigits,
      @JsonProperty("boilerplate") long boilerplate,
      @JsonProperty("capped") boolean capped,
      @JsonProperty("units_removed") Long unitsRemoved,
      @JsonProperty("docs_edited") Long docsEdited,
      @JsonProperty("docs_emptied") Long docsEmptied,
      @JsonProperty("top") List<DedupStats.Boilerplate> top) {}
}
