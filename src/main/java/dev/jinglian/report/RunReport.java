package dev.jinglian.report;

import dev.jinglian.recipe.Recipe;
import dev.jinglian.report.ReportData.StageTime;
import dev.jinglian.shard.Manifest;
import dev.jinglian.stats.DecontamStats;
import dev.jinglian.stats.DedupStats;
import dev.jinglian.stats.RunStats;
import dev.jinglian.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Writes a run's {@code report/}: {@code data.json} (gathered on Spark from the run's written outputs) and
 * {@code index.html} (rendered from it). Reads the shards and rejected output already written to the run
 * directory rather than re-evaluating the stages that produced them.
 */
public final class RunReport {
  public static final String DIR = "report";
  public static final String DATA = "data.json";
  public static final String INDEX = "index.html";

  private RunReport() {}

  /**
   * @param run the run directory being written (holding {@code shards/}, {@code rejected/} and {@code stats/})
   * @param refined the work table's documents (no quarantined rows)
   * @param stageMillis wall time per stage, in run order
   */
  public static ReportData write(SparkSession spark, Recipe recipe, RunStats stats, Manifest manifest,
      Map<String, Long> stageMillis, Dataset<Row> refined, Path run, FileSystem fs) throws IOException {
    List<StageTime> stages = new ArrayList<>();
    stageMillis.forEach((k, v) -> stages.add(new StageTime(k, v)));
    Path statsDir = new Path(run, "stats");
    ReportData data = ReportGatherer.gather(new ReportGatherer.Inputs(recipe, stats, manifest, stages, refined,
        parquet(spark, new Path(run, "shards"), refined, fs), parquet(spark, new Path(run, "rejected"), refined, fs),
        optional(new Path(statsDir, DedupStats.FILE), DedupStats.class, fs),
        optional(new Path(statsDir, DecontamStats.FILE), DecontamStats.class, fs)));
    Path dir = new Path(run, DIR);
    fs.mkdirs(dir);
    Json.write(data, new Path(dir, DATA), fs);
    try (OutputStream out = fs.create(new Path(dir, INDEX), true)) {
      out.write(ReportPage.render(data).getBytes(StandardCharsets.UTF_8));
    }
    return data;
  }

  /** A Parquet output directory (read recursively: shards may sit in per-stage folders); empty if it has none. */
  private static Dataset<Row> parquet(SparkSession spark, Path dir, Dataset<Row> emptyLike, FileSystem fs)
      throws IOException {
    boolean any = false;
    if (fs.exists(dir)) {
      var it = fs.listFiles(dir, true);
      while (!any && it.hasNext()) {
        any = it.next().getPath().getName().endsWith(".parquet");
      }
    }
    if (!any) {
      return emptyLike.limit(0);
    }
    return spark.read().option("recursiveFileLookup", "true").parquet(dir.toString());
  }

  private static <T> T optional(Path file, Class<T> type, FileSystem fs) throws IOException {
    if (!fs.exists(file)) {
      return null;
    }
    try (InputStream in = fs.open(file)) {
      return Json.MAPPER.readValue(in, type);
    } catch (IOException e) {
      throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a run's {@code report/data.json}. */
  public static ReportData read(java.nio.file.Path runDir) throws IOException {
    java.nio.file.Path file = runDir.resolve(DIR).resolve(DATA);
    if (!java.nio.file.Files.exists(file)) {
      throw new IllegalArgumentException("no report data at " + file + " (is " + runDir + " a finished run?)");
    }
    try {
      return Json.MAPPER.readValue(file.toFile(), ReportData.class);
    } catch (IOException e) {
      throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
