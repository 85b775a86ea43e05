package dev.jinglian.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jinglian.doc.Columns;
import dev.jinglian.doc.RefinedDocument;
import dev.jinglian.doc.WorkTable;
import dev.jinglian.io.InputFiles;
import dev.jinglian.io.ParquetJsonExporter;
import dev.jinglian.io.RawRecord;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.testing.Recipes;
import dev.jinglian.testing.SharedSpark;
import dev.jinglian.util.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code keywords} column end to end: refiner → work table → shards → {@code export} JSONL. */
class KeywordsColumnTest {
  private static final String ZH = "数据清洗删除低质量的网页文本。清洗之后的数据用于训练语言模型，网页文本经过去重和过滤。";
  private static final String EN = "Shards hold refined documents. Every shard lists its documents, and the manifest "
      + "lists every shard with its documents and tokens.";

  @TempDir
  Path dir;

  /** Only length (at 1 character) and word_tags run: no quality rule drops the short test documents. */
  private Recipe recipe(String wordTags) {
    StringBuilder off = new StringBuilder();
    for (var def : dev.jinglian.filter.FilterRegistry.definitions()) {
      if (def.onByDefault() && !def.family().equals("length") && !def.family().equals("word_tags")) {
        off.append("  ").append(def.family()).append(": {enabled: false}\n");
      }
    }
    return Recipes.fromYaml("""
        name: kw
        output: %s
        sources: [{name: docs, path: %s, format: jsonl}]
        filters:
          length: {min_chars: 1}
          word_tags: %s
        """.formatted(dir.resolve("out"), dir.resolve("in.jsonl"), wordTags) + off);
  }

  @Test
  void keywordsReachShardsAndExportAsJsonArrays() throws Exception {
    Files.writeString(dir.resolve("in.jsonl"), "{\"id\":\"zh\",\"text\":\"" + ZH + "\"}\n{\"id\":\"en\",\"text\":\""
        + EN + "\"}\n{\"id\":\"short\",\"text\":\"OK\"}\n", StandardCharsets.UTF_8);
    Recipe recipe = recipe("{keywords: 3}");
    DocumentRefiner refiner = new DocumentRefiner(recipe);
    Map<String, List<String>> expected = new HashMap<>();
    for (String[] d : new String[][] {{"zh", ZH}, {"en", EN}, {"short", "OK"}}) {
      RefinedDocument r = refiner.refine(RawRecord.document("docs", "in.jsonl", 1, d[0], d[1], Map.of()));
      expected.put(d[0], r.lists().get(Columns.KEYWORDS));
    }
    assertThat(expected.get("zh")).hasSize(3).contains("数据");
    assertThat(expected.get("en")).hasSize(3).contains("documents");
    assertThat(expected.get("short")).isEmpty();

    new RefineJob(SharedSpark.get(), recipe, GlobalStages.from(recipe)).run(RunOptions.defaults());
    Path shards = dir.resolve("out/shards");
    Dataset<Row> rows = SharedSpark.get().read().parquet(shards.toString());
    assertThat(rows.count()).isEqualTo(3);
    assertThat(((ArrayType) rows.schema().apply(Columns.KEYWORDS).dataType()).elementType())
        .isEqualTo(DataTypes.StringType);
    for (Row r : rows.select(Columns.ID, Columns.KEYWORDS).collectAsList()) {
      assertThat(r.<String>getList(1)).as(r.getString(0)).containsExactlyElementsOf(expected.get(r.getString(0)));
    }

    Configuration conf = new Configuration();
    List<String> files = InputFiles.list(shards.toString(), conf).stream().filter(f -> f.endsWith(".parquet"))
        .toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ParquetJsonExporter().export(files, conf, out, Long.MAX_VALUE);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(3);
    for (String line : lines) {
      JsonNode doc = Json.MAPPER.readTree(line);
      JsonNode kw = doc.get(Columns.KEYWORDS);
      assertThat(kw.isArray()).as(line).isTrue();
      List<String> got = new java.util.ArrayList<>();
      kw.forEach(k -> got.add(k.asText()));
      assertThat(got).containsExactlyElementsOf(expected.get(doc.get(Columns.ID).asText()));
    }
  }

  @Test
  void zeroKeywordsOrDisabledWordTagsMeanNoColumn() {
    for (String wordTags : List.of("{keywords: 0}", "{enabled: false}")) {
      Recipe r = recipe(wordTags);
      assertThat(DocumentRefiner.listNames(r)).as(wordTags).isEmpty();
      WorkTable table = new WorkTable(DocumentRefiner.signalNames(r), DocumentRefiner.listNames(r), false);
      assertThat(List.of(RefineJob.shardSchema(table).fieldNames())).as(wordTags).doesNotContain(Columns.KEYWORDS);
    }
    Recipe on = recipe("{}");
    assertThat(RefineJob.shardSchema(new WorkTable(DocumentRefiner.signalNames(on), DocumentRefiner.listNames(on),
        false)).apply(Columns.KEYWORDS).dataType()).isInstanceOf(ArrayType.class);
  }
}
