package dev.jinglian.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jinglian.bench.SampleCorpus.Doc;
import dev.jinglian.job.GlobalStages;
import dev.jinglian.job.RefineJob;
import dev.jinglian.job.RunOptions;
import dev.jinglian.job.RunResult;
import dev.jinglian.job.Sessions;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.recipe.RecipeLoader;
import dev.jinglian.util.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Cost of {@code dedup.lines}: the whole refine pass (read, normalize, tag, filter) on the dedup bench corpus
 * with boilerplate-line removal off and on, alternating, exact and near dedup off so only the pass is timed.
 *
 * <p>Usage: {@code bench/boilerplate-cost.sh [sample-data dir] [size in MB, default 20] [work dir] [rounds, default 2]}
 */
public final class BoilerplateCostBench {
  private BoilerplateCostBench() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "sample-data");
    long mb = Long.parseLong(args.length > 1 ? args[1] : "20");
    Path work = Path.of(args.length > 2 ? args[2] : "/tmp/jinglian-boilerplate-cost");
    int rounds = Integer.parseInt(args.length > 3 ? args[3] : "2");
    List<Doc> base = SampleCorpus.load(data, 100);
    long baseBytes = base.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
    SparkSession spark = Sessions.create("boilerplate-cost-bench", "local[2]");
    spark.sparkContext().setLogLevel("ERROR");
    Path corpus = work.resolve("corpus-" + mb + "mb");
    DedupScaleBench.generate(spark, base, (int) Math.max(1, Math.round(mb * 1e6 / baseBytes)), corpus);
    for (int round = 0; round < rounds; round++) {
      for (boolean lines : new boolean[] {false, true}) {
        Recipe recipe = RecipeLoader.parse("""
            name: boilerplate-cost
            output: %s
            sources:
              - {name: web, path: %s, format: parquet}
            dedup: {exact: {enabled: false}, near: {enabled: false}, lines: {enabled: %s}}
            """.formatted(work.resolve("out-" + lines), corpus, lines), "bench");
        long c0 = DedupQualityBench.cpu();
        RunResult r = new RefineJob(spark, recipe, GlobalStages.from(recipe)).run(new RunOptions(true, false));
        double cpu = (DedupQualityBench.cpu() - c0) / 1e9;
        String found = "";
        if (lines) {
          JsonNode s = Json.MAPPER.readTree(work.resolve("out-true/stats/dedup_stages.json").toFile()).get("lines");
          found = String.format(Locale.ROOT, "boilerplate %d, lines removed %d from %d docs, %d docs emptied; top: %s",
              s.get("boilerplate").asLong(), s.get("units_removed").asLong(), s.get("docs_edited").asLong(),
              s.get("docs_emptied").asLong(), s.get("top").size() > 0 ? s.get("top").get(0) : "-");
        }
        System.out.printf(Locale.ROOT, "| round %d | lines %s | %d docs read | read_refine %.1f s | run cpu %.1f s | %s |%n",
            round, lines ? "on" : "off", r.stats().source("web").read(),
            r.stageMillis().getOrDefault("read_refine", 0L) / 1e3, cpu, found);
      }
    }
    spark.stop();
  }
}
