package dev.jinglian.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jinglian.job.GlobalStages;
import dev.jinglian.job.RefineJob;
import dev.jinglian.job.RunOptions;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.stats.DedupStats;
import dev.jinglian.testing.Recipes;
import dev.jinglian.testing.SharedSpark;
import dev.jinglian.util.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole run with the default dedup section: rejected rows, stats and the per-source funnel agree. */
class DedupRunTest {
  @TempDir
  Path tmp;

  @Test
  void defaultRecipeRemovesExactAndNearCopiesAndAccountsForThem() throws Exception {
    String article = NearDedupStageTest.english(11, 120).replace("\n", " ");
    String poem = "春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。"
        + "这是孟浩然的名作，描写春天早晨醒来时的所见所闻与感受。";
    List<String> lines = List.of(
        json("1", article),
        json("2", article), // exact copy
        json("3", NearDedupStageTest.editWords(article, 60, 1000, "changed")), // one word differs
        json("4", poem),
        json("5", poem.replace("处处闻啼鸟", "處處聞啼鳥").replace("声", "聲")), // partly traditional
        json("6", NearDedupStageTest.english(12, 120).replace("\n", " ")));
    Path input = tmp.resolve("in.jsonl");
    Files.write(input, lines, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Recipe recipe = Recipes.fromYaml("name: dedup-run\noutput: " + out + "\nsources:\n  - {name: web, path: " + input
        + "}\n");
    new RefineJob(SharedSpark.get(), recipe, GlobalStages.from(recipe)).run(RunOptions.defaults());

    Map<String, String> rejected = new TreeMap<>();
    for (Row r : SharedSpark.get().read().parquet(out.resolve("rejected").toString())
        .select("id", "stage", "reason", "detail").collectAsList()) {
      rejected.put(r.getString(0), r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
    }
    assertThat(rejected).containsOnly(
        Map.entry("2", "dedup dedup/exact web/1"),
        Map.entry("3", "dedup dedup/near web/1"),
        Map.entry("5", "dedup dedup/near web/4"));
    assertThat(SharedSpark.get().read().parquet(out.resolve("shards").toString()).count()).isEqualTo(3);

    JsonNode stages = Json.MAPPER.readTree(out.resolve("stats/dedup_stages.json").toFile());
    assertThat(stages.at("/exact/docs_in").asLong()).isEqualTo(6);
    assertThat(stages.at("/exact/cluster_sizes/2").asLong()).isEqualTo(1);
    assertThat(stages.at("/near/clusters/docs_in").asLong()).isEqualTo(5);
    assertThat(stages.at("/near/clusters/cluster_sizes/2").asLong()).isEqualTo(2);
    assertThat(stages.at("/near/bands").asInt() * stages.at("/near/rows").asInt()).isLessThanOrEqualTo(128);
    // the report's file: both stages' clusters together (one exact pair, two near pairs)
    DedupStats report = Json.MAPPER.readValue(out.resolve("stats/dedup.json").toFile(), DedupStats.class);
    assertThat(report.clusterSizes()).containsOnly(Map.entry(2L, 3L));
    assertThat(report.largest()).hasSize(3);
    JsonNode funnel = Json.MAPPER.readTree(out.resolve("stats/funnel.json").toFile()).at("/sources/web");
    assertThat(funnel.at("/rejected/dedup~1exact/docs").asLong()).isEqualTo(1);
    assertThat(funnel.at("/rejected/dedup~1near/docs").asLong()).isEqualTo(2);
    assertThat(funnel.at("/kept/docs").asLong()).isEqualTo(3);
  }

  private static String json(String id, String text) {
    return Json.write(Map.of("id", id, "text", text)).replace("\n", "");
  }
}
