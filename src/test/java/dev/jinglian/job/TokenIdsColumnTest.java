package dev.jinglian.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jinglian.doc.Columns;
import dev.jinglian.doc.RefinedDocument;
import dev.jinglian.io.RawRecord;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.tag.TokenCounter;
import dev.jinglian.testing.Recipes;
import dev.jinglian.testing.SharedSpark;
import dev.jinglian.util.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code shards.token_ids} switch: ids in the manifest's encoding, counted from the same encoding pass. */
class TokenIdsColumnTest {
  private static final String ZH = "精炼是一个以中文为先的预训练数据处理工具。";
  private static final String EN = "Shards are directly consumable by a training loader.";

  @TempDir
  Path dir;

  private Recipe recipe(boolean tokenIds, String out) {
    return Recipes.fromYaml("""
        name: ids
        output: %s
        sources: [{name: docs, path: %s, format: jsonl}]
        tokenizer: {encoding: o200k_base}
        shards: {token_ids: %s}
        """.formatted(out, dir.resolve("in.jsonl"), tokenIds));
  }

  @Test
  void refinerEncodesOnceAndCountsFromTheIdsInChineseAndEnglish() {
    DocumentRefiner on = new DocumentRefiner(recipe(true, "o"));
    DocumentRefiner off = new DocumentRefiner(recipe(false, "o"));
    TokenCounter o200k = TokenCounter.named("o200k_base");
    for (String text : List.of(ZH, EN)) {
      RawRecord r = RawRecord.document("docs", "in.jsonl", 1, "d", text, Map.of());
      RefinedDocument withIds = on.refine(r);
      assertThat(withIds.tokenIds()).containsExactly(o200k.encode(text));
      assertThat(withIds.tokens()).isEqualTo(withIds.tokenIds().length).isEqualTo(o200k.count(text));
      RefinedDocument without = off.refine(r);
      assertThat(without.tokenIds()).isNull();
      assertThat(without.tokens()).isEqualTo(withIds.tokens());
    }
  }

  @Test
  void shardsCarryTheColumnAndTheManifestSaysSoOnlyWhenSwitchedOn() throws Exception {
    Files.writeString(dir.resolve("in.jsonl"), "{\"id\":\"zh\",\"text\":\"" + ZH + "\"}\n{\"id\":\"en\",\"text\":\""
        + EN + "\"}\n", StandardCharsets.UTF_8);
    SparkSession spark = SharedSpark.get();
    TokenCounter o200k = TokenCounter.named("o200k_base");
    for (boolean on : new boolean[] {true, false}) {
      Path out = dir.resolve("run-" + on);
      Recipe r = recipe(on, out.toString());
      new RefineJob(spark, r, GlobalStages.from(r)).run(RunOptions.defaults());
      Dataset<Row> shards = spark.read().parquet(out.resolve("shards").toString());
      JsonNode tokenizer = Json.MAPPER.readTree(out.resolve("manifest.json").toFile()).get("tokenizer");
      assertThat(tokenizer.get("token_ids").asBoolean()).isEqualTo(on);
      assertThat(tokenizer.get("encoding").asText()).isEqualTo("o200k_base");
      assertThat(tokenizer.get("vocab_size").asInt()).isEqualTo(200_019);
      assertThat(List.of(shards.columns()).contains(Columns.TOKEN_IDS)).isEqualTo(on);
      if (on) {
        for (Row row : shards.select(Columns.TEXT, Columns.TOKENS, Columns.TOKEN_IDS).collectAsList()) {
          List<Integer> ids = row.getList(2);
          assertThat(ids).containsExactly(java.util.Arrays.stream(o200k.encode(row.getString(0))).boxed()
              .toArray(Integer[]::new));
          assertThat(row.getLong(1)).isEqualTo(ids.size());
        }
      }
    }
  }
}
