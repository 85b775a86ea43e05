package dev.jinglian.decontam;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.jinglian.doc.Columns;
import dev.jinglian.job.GlobalStage;
import dev.jinglian.job.RunLayout;
import dev.jinglian.job.StageContext;
import dev.jinglian.normalize.Normalization;
import dev.jinglian.recipe.BenchmarkSpec;
import dev.jinglian.recipe.DecontaminateSpec;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.shard.ParquetDirectory;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.TokenCounter;
import dev.jinglian.tag.WordSegmenter;
import dev.jinglian.util.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Benchmark decontamination as a global stage: the n-gram index of every benchmark item is built on the driver
 * and broadcast; one {@code mapPartitions} scans each kept document (no shuffle). Documents containing an item are
 * dropped with {@code decontam/benchmark_overlap} and the item in {@code detail} (e.g.
 * {@code gsm8k:test:123 (30/35 n-grams)}), or, with {@code action: cut}, lose the matching spans (their token and
 * word counts are recounted; other signals keep their pre-cut values). The scanned table is checkpointed under
 * {@code _work/decontaminate} so the scan runs once, and hits per benchmark and source are written to
 * {@code stats/decontaminate.json}.
 */
public final class DecontaminationStage implements GlobalStage {
  public static final String NAME = "decontaminate";
  public static final String EDIT_CUT = "decontam_cut";
  static final String MATCHED = "decontam_benchmarks";

  private final DecontaminateSpec spec;

  public DecontaminationStage(DecontaminateSpec spec) {
    this.spec = spec;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Reads every benchmark and builds the index, normalizing items like the recipe normalizes documents. */
  static NgramIndex buildIndex(DecontaminateSpec spec, Recipe recipe, Configuration conf) {
    Map<String, List<BenchmarkItem>> items = new LinkedHashMap<>();
    for (BenchmarkSpec b : spec.benchmarks()) {
      items.put(b.name(), BenchmarkReader.read(b, conf));
    }
    return NgramIndex.build(items, spec, Normalization.from(recipe.normalize()));
  }

  @Override
  public Result apply(Dataset<Row> kept, StageContext context) {
    Configuration conf = context.spark().sparkContext().hadoopConfiguration();
    NgramIndex index = buildIndex(spec, context.recipe(), conf);
    Broadcast<NgramIndex> shared = JavaSparkContext.fromSparkContext(context.spark().sparkContext())
        .broadcast(index);
    StructType in = kept.schema();
    StructType out = scannedSchema(in);
    Recipe recipe = context.recipe();
    boolean cut = spec.cuts();
    Dataset<Row> scanned = kept.mapPartitions((MapPartitionsFunction<Row, Row>) rows ->
        new PartitionScan(rows, new Decontaminator(shared.value(), cut), in, recipe), Encoders.row(out));
    ParquetDirectory.writeWork(scanned, checkpoint(context));
    Dataset<Row> done = readScanned(in, context);
    writeStats(done, index, context.layout());
    shared.destroy();
    return split(done);
  }

  @Override
  public Result resume(Dataset<Row> kept, StageContext context) {
    return split(readScanned(kept.schema(), context));
  }

  /** The input's columns plus the benchmarks each document matched. */
  private static StructType scannedSchema(StructType in) {
    return in.add(MATCHED, DataTypes.createArrayType(DataTypes.StringType, false), true);
  }

  private static Path checkpoint(StageContext context) {
    return context.layout().stageWork(NAME);
  }

  private static Dataset<Row> readScanned(StructType in, StageContext context) {
    return context.spark().read().schema(scannedSchema(in)).parquet(checkpoint(context).toString());
  }

  private static Result split(Dataset<Row> scanned) {
    return new Result(scanned.filter(col(Columns.REASON).isNull()).drop(MATCHED),
        scanned.filter(col(Columns.REASON).isNotNull()).drop(MATCHED));
  }

  private void writeStats(Dataset<Row> done, NgramIndex index, RunLayout layout) {
    Map<String, Map<String, Map<String, Long>>> matches = new TreeMap<>();
    Dataset<Row> hits = done.filter(size(col(MATCHED)).gt(0))
        .select(col(Columns.SOURCE), explode(col(MATCHED)).as("benchmark"),
            when(col(Columns.REASON).isNotNull(), lit(1L)).otherwise(lit(0L)).as("dropped"));
    for (Row r : hits.groupBy(col("benchmark"), col(Columns.SOURCE)).agg(count(lit(1)), sum(col("dropped")))
        .collectAsList()) {
      Map<String, Long> c = new LinkedHashMap<>();
      c.put("docs", r.getLong(2));
      c.put("dropped", r.getLong(3));
      c.put("cut", r.getLong(2) - r.getLong(3));
      matches.computeIfAbsent(r.getString(0), b -> new TreeMap<>()).put(r.getString(1), c);
    }
    Map<String, Object> stats = new LinkedHashMap<>();
    stats.put("settings", spec);
    stats.put("index", index.describe());
    stats.put("matches", matches);
    try {
      Path dir = layout.staged(RunLayout.STATS);
      layout.fs().mkdirs(dir);
      Json.write(stats, new Path(dir, NAME + ".json"), layout.fs());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write decontamination stats: " + e.getMessage(), e);
    }
  }

  /** Scans one partition's rows, rewriting those that contain a benchmark item. */
  private static final class PartitionScan implements Iterator<Row> {
    private final Iterator<Row> rows;
    private final Decontaminator decontaminator;
    private final Recipe recipe;
    private final int text;
    private final int stage;
    private final int reason;
    private final int detail;
    private final int tokens;
    private final int words;
    private final int edits;
    private final int width;
    private TokenCounter tokenCounter;
    private WordSegmenter segmenter;

    PartitionScan(Iterator<Row> rows, Decontaminator decontaminator, StructType schema, Recipe recipe) {
      this.rows = rows;
      this.decontaminator = decontaminator;
      this.recipe = recipe;
      this.text = schema.fieldIndex(Columns.TEXT);
      this.stage = schema.fieldIndex(Columns.STAGE);
      this.reason = schema.fieldIndex(Columns.REASON);
      this.detail = schema.fieldIndex(Columns.DETAIL);
      this.tokens = schema.fieldIndex(Columns.TOKENS);
      this.words = schema.fieldIndex(Columns.WORDS);
      this.edits = List.of(schema.fieldNames()).indexOf(Columns.EDITS);
      this.width = schema.size();
    }

    @Override
    public boolean hasNext() {
      return rows.hasNext();
    }

    @Override
    public Row next() {
      Row row = rows.next();
      Object[] v = new Object[width + 1];
      for (int i = 0; i < width; i++) {
        v[i] = row.get(i);
      }
      String t = row.getString(text);
      Decontaminator.Outcome o = t == null ? null : decontaminator.process(t);
      if (o == null) {
        v[width] = CollectionConverters.asScala(List.<String>of()).toSeq();
        return RowFactory.create(v);
      }
      v[width] = CollectionConverters.asScala(o.benchmarks()).toSeq();
      if (o.dropped()) {
        v[stage] = NAME;
        v[reason] = DecontamReason.BENCHMARK_OVERLAP.key();
        v[detail] = o.detail();
      } else {
        recount(v, o.text());
        if (edits >= 0) {
          Map<String, Integer> e = row.isNullAt(edits) ? new TreeMap<>() : new TreeMap<>(row.getJavaMap(edits));
          e.merge(EDIT_CUT, o.cuts(), Integer::sum);
          v[edits] = CollectionConverters.asScala(e);
        }
      }
      return RowFactory.create(v);
    }

    /** A cut document gets its new text and fresh token and word counts. */
    private void recount(Object[] v, String newText) {
      if (tokenCounter == null) {
        tokenCounter = TokenCounter.named(recipe.tokenizer().encoding());
        segmenter = WordSegmenter.named(recipe.tokenizer().segmenter());
      }
      v[text] = newText;
      v[tokens] = (long) tokenCounter.count(newText);
      v[words] = (long) new DocumentAnalysis("", newText, segmenter).wordCount();
    }
  }
}
