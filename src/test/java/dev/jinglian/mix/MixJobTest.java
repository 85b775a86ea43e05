package dev.jinglian.mix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jinglian.job.RefineJob;
import dev.jinglian.job.RunOptions;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.testing.Recipes;
import dev.jinglian.testing.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A two-stage curriculum on real sample text: budgets met, stages in their own shard folders, manifest says so. */
class MixJobTest {
  @TempDir
  Path dir;

  @Test
  void curriculumStagesMeetTheirBudgetsOnSampleData() throws IOException {
    Recipe recipe = Recipes.fromYaml("""
        name: mix-test
        output: %s
        sources:
          - name: en-packages
            path: sample-data/en/package-descriptions.jsonl
          - name: zh-fortunes
            path: sample-data/zh/fortunes.txt
            format: text
        shards: {target_tokens: 50000}
        stages:
          - name: general
            mix:
              total_tokens: 120000
              sources:
                en-packages: {weight: 0.5}
                zh-fortunes: {weight: 0.5}
          - name: long
            mix:
              select: {where: "tokens >= 150"}
              sources:
                zh-fortunes: {tokens: 20000, max_epochs: 3}
                en-packages: {tokens: 40000}
        """.formatted(dir.resolve("out")));
    new RefineJob(SharedSpark.get(), recipe, List.of()).run(RunOptions.defaults());

    Path out = dir.resolve("out");
    JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertThat(m.at("/stages/0/name").asText()).isEqualTo("general");
    assertThat(m.at("/stages/1/name").asText()).isEqualTo("long");
    for (JsonNode stage : m.at("/stages")) {
      stage.get("sources").fields().forEachRemaining(e -> {
        JsonNode o = e.getValue();
        assertThat(o.get("met").asBoolean()).as(stage.get("name") + "/" + e.getKey() + ": " + o).isTrue();
        assertThat(Math.abs(o.get("achieved_tokens").asLong() - o.get("target_tokens").asLong()))
            .isLessThanOrEqualTo(o.get("target_tokens").asLong() / 100);
      });
      assertThat(stage.get("shards").get(0).asText()).startsWith("shards/" + stage.get("name").asText() + "/");
    }
    assertThat(m.at("/sources/en-packages/target_tokens").asLong()).isEqualTo(60000 + 40000);

    Dataset<Row> general = SharedSpark.get().read().parquet(out.resolve("shards/general").toString());
    long tokens = general.agg(org.apache.spark.sql.functions.sum("tokens")).first().getLong(0);
    long fromManifest = m.at("/stages/0/sources/en-packages/achieved_tokens").asLong()
        + m.at("/stages/0/sources/zh-fortunes/achieved_tokens").asLong();
    assertThat(tokens).isEqualTo(fromManifest);
    Dataset<Row> longStage = SharedSpark.get().read().parquet(out.resolve("shards/long").toString());
    assertThat(longStage.filter("tokens < 150").count()).isZero();
    assertThat(Files.exists(out.resolve("_work"))).isFalse();
  }
}
