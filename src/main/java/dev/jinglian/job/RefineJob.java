package dev.jinglian.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import dev.jinglian.dedup.BoilerplateLines;
import dev.jinglian.doc.Columns;
import dev.jinglian.doc.WorkTable;
import dev.jinglian.io.InputFiles;
import dev.jinglian.mix.Mixer;
import dev.jinglian.mix.SourceOutcome;
import dev.jinglian.recipe.Encodings;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.recipe.RecipeLoader;
import dev.jinglian.recipe.SourceSpec;
import dev.jinglian.recipe.StageSpec;
import dev.jinglian.report.RunReport;
import dev.jinglian.shard.Manifest;
import dev.jinglian.shard.ParquetDirectory;
import dev.jinglian.shard.ShardInfo;
import dev.jinglian.shard.ShardWriter;
import dev.jinglian.stats.Counts;
import dev.jinglian.stats.RunStats;
import dev.jinglian.stats.SourceFunnel;
import dev.jinglian.util.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Runs a recipe end to end: read and refine every document, apply the global stages, write shards, rejected and
 * quarantined records, stats and the manifest, then commit the run by rename.
 */
public final class RefineJob {
  public static final String VERSION = "0.1.0";

  private final SparkSession spark;
  private final Recipe recipe;
  private final List<GlobalStage> globalStages;

  public RefineJob(SparkSession spark, Recipe recipe, List<GlobalStage> globalStages) {
    this.spark = spark;
    this.recipe = recipe;
    this.globalStages = List.copyOf(globalStages);
  }

  public RunResult run(RunOptions options) throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    RunLayout layout = new RunLayout(recipe.output(), conf);
    Map<String, Long> millis = new LinkedHashMap<>();
    RunStats stats = new RunStats();

    long t0 = System.nanoTime();
    Map<String, List<String>> files = listInputs(conf, stats);
    layout.prepare(options.force(), recipe.sources().stream().map(SourceSpec::path).toList(),
        files.values().stream().flatMap(List::stream).toList());
    WorkTable table = DocumentRefiner.workTable(recipe);
    Path refined = layout.stageWork("refined");
    String fingerprint = StageCheckpoint.fingerprint(recipe, files, conf);
    StageCheckpoint checkpoint = new StageCheckpoint(layout.fs(), refined, fingerprint);
    // a crashed run's stages are reused, in order, while each completed for the same recipe and inputs
    boolean resuming = checkpoint.resume(!options.force());
    if (resuming) {
      millis.put("read_refine_resumed", elapsed(t0));
    } else {
      ReadRefineStage.run(spark, recipe, files, table, refined);
      checkpoint.markDone();
      millis.put("read_refine", elapsed(t0));
    }

    Dataset<Row> work = spark.read().schema(table.schema()).parquet(refined.toString());
    WorkTableCounts.collect(work, stats);
    BoilerplateLines.publish(ReadRefineStage.boilerplateFound(refined), layout, stats);
    Column isDoc = col(Columns.ERROR).isNull();
    Dataset<Row> kept = work.filter(isDoc.and(col(Columns.REASON).isNull()));
    Dataset<Row> rejected = work.filter(isDoc.and(col(Columns.REASON).isNotNull()));

    StageContext context = new StageContext(spark, recipe, layout);
    for (GlobalStage stage : globalStages) {
      long ts = System.nanoTime();
      StageCheckpoint done = new StageCheckpoint(layout.fs(), layout.stageWork(stage.name()), fingerprint);
      resuming = done.resume(resuming);
      GlobalStage.Result r;
      if (resuming) {
        r = stage.resume(kept, context);
        done.restoreSideOutputs(layout.staged(RunLayout.STATS));
      } else {
        r = stage.apply(kept, context);
        done.markDone(layout.staged(RunLayout.STATS));
      }
      for (Row row : r.rejected().groupBy(col(Columns.SOURCE), col(Columns.REASON))
          .agg(count(lit(1)), sum(col(Columns.TOKENS))).collectAsList()) {
        stats.reject(row.getString(0), row.getString(1), new Counts(row.getLong(2), row.getLong(3)));
      }
      kept = r.kept();
      rejected = rejected.unionByName(r.rejected());
      millis.put(resuming ? stage.name() + "_resumed" : stage.name(), elapsed(ts));
    }

    long ts = System.nanoTime();
    String compression = recipe.shards().compression().equals("none") ? "uncompressed"
        : recipe.shards().compression();
    ShardWriter writer = new ShardWriter(spark);
    List<ShardInfo> shards = new ArrayList<>();
    List<Manifest.Stage> stages = new ArrayList<>();
    if (recipe.mixStages().isEmpty()) {
      shards.addAll(writer.write(kept.withColumn(Mixer.EPOCH, lit(0)), shardSchema(table), recipe.seed(),
          recipe.shards().targetTokens(), compression, layout.staged(RunLayout.SHARDS), layout.staging(),
          layout.fs()));
    } else {
      // the documents every mix stage samples from: resumed like the stages before it
      Path pool = layout.stageWork("clean");
      StageCheckpoint pooled = new StageCheckpoint(layout.fs(), pool, fingerprint);
      resuming = pooled.resume(resuming);
      if (!resuming) {
        ParquetDirectory.writeWork(kept, pool);
        pooled.markDone();
      }
      Dataset<Row> clean = spark.read().parquet(pool.toString());
      millis.put(resuming ? "checkpoint_clean_resumed" : "checkpoint_clean", elapsed(ts));
      Mixer mixer = new Mixer(recipe.seed());
      for (StageSpec stage : recipe.mixStages()) {
        long tm = System.nanoTime();
        Mixer.MixedStage mixed = mixer.sample(clean, stage);
        Path dir = recipe.hasCurriculum() ? new Path(layout.staged(RunLayout.SHARDS), stage.name())
            : layout.staged(RunLayout.SHARDS);
        List<ShardInfo> written = writer.write(mixed.docs(), shardSchema(table), recipe.seed(),
            recipe.shards().targetTokens(), compression, dir, layout.staging(), layout.fs());
        shards.addAll(written);
        stages.add(new Manifest.Stage(stage.name(), stages.size(),
            written.stream().map(ShardInfo::path).toList(), mixed.outcomes()));
        millis.put("mix_" + stage.name(), elapsed(tm));
        warnUnmet(stage.name(), mixed.outcomes());
      }
    }
    millis.put("write_shards", elapsed(ts));

    ts = System.nanoTime();
    writeRejected(rejected, layout, compression);
    writeQuarantine(work.filter(col(Columns.ERROR).isNotNull()), layout, compression);
    millis.put("write_rejected_quarantine", elapsed(ts));

    Manifest manifest = manifest(shards, stages, stats);
    layout.fs().mkdirs(layout.staged(RunLayout.STATS));
    Json.write(stats, new Path(layout.staged(RunLayout.STATS), "funnel.json"), layout.fs());
    millis.put("total", elapsed(t0));
    ts = System.nanoTime(); // the report shows the timings so far; its own time is only in timings.json
    RunReport.write(spark, recipe, stats, manifest, millis, work.filter(isDoc), layout.staging(), layout.fs());
    millis.put("report", elapsed(ts));
    Json.write(millis, new Path(layout.staged(RunLayout.STATS), "timings.json"), layout.fs());
    Json.write(manifest, layout.staged(RunLayout.MANIFEST), layout.fs());
    layout.commit();
    if (!options.keepWork()) {
      layout.fs().delete(layout.work(), true);
    }
    return new RunResult(layout.out().toString(), manifest, stats, millis);
  }

  private Map<String, List<String>> listInputs(Configuration conf, RunStats stats) {
    Map<String, List<String>> files = new LinkedHashMap<>();
    for (SourceSpec s : recipe.sources()) {
      List<String> list = InputFiles.list(s.path(), conf);
      if (list.isEmpty()) {
        throw new IllegalArgumentException("source '" + s.name() + "': no input files match '" + s.path() + "'");
      }
      files.put(s.name(), list);
      stats.addFiles(s.name(), list.size());
    }
    return files;
  }

  /** Shard columns: the document columns, the mix epoch, then every signal, then every list-valued tag. */
  public static StructType shardSchema(WorkTable table) {
    List<StructField> fields = new ArrayList<>(WorkTable.documentFields());
    fields.add(DataTypes.createStructField(Mixer.EPOCH, DataTypes.IntegerType, false));
    if (table.hasTokenIds()) {
      fields.add(WorkTable.tokenIdsField());
    }
    for (String s : table.signalNames()) {
      fields.add(DataTypes.createStructField(s, DataTypes.DoubleType, true));
    }
    for (String l : table.listNames()) {
      fields.add(WorkTable.listField(l));
    }
    return DataTypes.createStructType(fields);
  }

  private static void writeRejected(Dataset<Row> rejected, RunLayout layout, String compression) throws IOException {
    Dataset<Row> out = rejected.select(col(Columns.ID), col(Columns.SOURCE), col(Columns.STAGE), col(Columns.REASON),
            col(Columns.DETAIL), col(Columns.LANG), col(Columns.TOKENS), col(Columns.TEXT))
        .orderBy(col(Columns.SOURCE), col(Columns.ID), col(Columns.REASON));
    ParquetDirectory.write(out, layout.staged(RunLayout.REJECTED), compression, layout.fs());
  }

  private static void writeQuarantine(Dataset<Row> bad, RunLayout layout, String compression) throws IOException {
    Dataset<Row> out = bad.select(col(Columns.SOURCE), col(Columns.FILE), col(Columns.LINE), col(Columns.ERROR),
            col(Columns.RAW))
        .orderBy(col(Columns.SOURCE), col(Columns.FILE), col(Columns.LINE));
    ParquetDirectory.write(out, layout.staged(RunLayout.QUARANTINE), compression, layout.fs());
  }

  private static void warnUnmet(String stage, Map<String, SourceOutcome> outcomes) {
    outcomes.forEach((source, o) -> {
      if (!o.met()) {
        System.err.printf("warning: stage %s, source %s: target %,d tokens, achieved %,d: %s%n", stage, source,
            o.targetTokens(), o.achievedTokens(), o.note());
      }
    });
  }

  private Manifest manifest(List<ShardInfo> shards, List<Manifest.Stage> stages, RunStats stats) {
    Map<String, Counts> achieved = new TreeMap<>();
    long bytes = 0;
    for (ShardInfo s : shards) {
      bytes += s.bytes();
      s.sources().forEach((src, c) -> achieved.merge(src, c, Counts::plus));
    }
    Map<String, Long> targets = new TreeMap<>();
    for (Manifest.Stage st : stages) {
      st.sources().forEach((src, o) -> targets.merge(src, o.targetTokens(), Long::sum));
    }
    Map<String, Manifest.SourceSummary> sources = new TreeMap<>();
    for (SourceSpec s : recipe.sources()) {
      SourceFunnel f = stats.source(s.name());
      sources.put(s.name(), new Manifest.SourceSummary(f.files(), f.read(), f.quarantined(), f.refined(),
          f.rejected(), f.kept(), stages.isEmpty() ? null : targets.getOrDefault(s.name(), 0L),
          achieved.getOrDefault(s.name(), Counts.ZERO).tokens()));
    }
    Counts total = achieved.values().stream().reduce(Counts.ZERO, Counts::plus);
    return new Manifest(Manifest.FORMAT, VERSION, recipe.name(), RecipeLoader.sha256(recipe), recipe,
        new Manifest.Tokenizer(recipe.tokenizer().encoding(), Encodings.vocabSize(recipe.tokenizer().encoding()),
            recipe.tokenizer().segmenter(), recipe.shards().tokenIds()),
        new Manifest.Totals(shards.size(), total.docs(), total.tokens(), bytes), shards, sources, stages);
  }

  private static long elapsed(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
