package dev.jinglian.decontam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jinglian.job.GlobalStages;
import dev.jinglian.job.RefineJob;
import dev.jinglian.job.RunOptions;
import dev.jinglian.job.RunResult;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.testing.Recipes;
import dev.jinglian.testing.SharedSpark;
import dev.jinglian.util.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run of the whole job with the safety rules, PII redaction and decontamination on: every document ends up
 * kept or rejected with the right reason, redactions and benchmark hits reach the stats.
 */
class DecontaminationStageSparkTest {
  @TempDir
  static Path dir;
  private static RunResult result;
  private static Map<String, Row> rejected;
  private static Map<String, String> keptText;

  private static String doc(String id, String text, String url) {
    return "{\"id\": \"" + id + "\", \"text\": " + Json.write(text).trim() + ", \"url\": \"" + url + "\"}\n";
  }

  @BeforeAll
  static void run() throws Exception {
    Path in = dir.resolve("web.jsonl");
    String spam = "澳门赌场百家乐真人荷官，网上赌场在线赌场，博彩网站注册就送，赌博网站体育赌球，线上娱乐城欢迎你。";
    Files.writeString(in, doc("clean", "The museum reopened on Saturday after a two-year renovation of its main hall.",
        "https://news.example/a")
        + doc("gsm8k", "Homework help thread. Josh decides to try flipping a house. He buys a house for $80,000 "
            + "and then puts in $50,000 in repairs. This increased the value of the house by 150%. How much profit "
            + "did he make? Thanks in advance!", "https://forum.example/t/1")
        + doc("quiz", "第2题 植物叶片中的叶绿体利用光能把二氧化碳和水合成有机物，同时释放出氧气，这一过程被称为（）"
            + "A.呼吸作用 B.蒸腾作用 C.光合作用 D.消化作用", "https://tiku.example/q/2")
        + doc("pii", "如有疑问请致电 138-1234-5678 或发邮件至 service@shop.example.com，我们会尽快回复。",
            "https://shop.example/contact")
        + doc("spam", spam, "https://blog.example/x")
        + doc("blocked", "这是一个普通的页面，内容本身没有问题，但它来自被列入黑名单的网站。", "https://www.bad-site.example/p"),
        StandardCharsets.UTF_8);
    Path blocked = dir.resolve("blocked.txt");
    Files.writeString(blocked, "bad-site.example\n", StandardCharsets.UTF_8);
    Recipe recipe = Recipes.fromYaml("name: safety\noutput: " + dir.resolve("out") + "\n"
        + "sources: [{name: web, path: " + in + ", metadata_fields: [url]}]\n"
        + "filters:\n  url_blocklist: {blocklists: [" + blocked + "]}\n"
        // one-sentence documents: Gopher's and the Chinese family's length rules would drop the clean ones
        + "  gopher_quality: {enabled: false}\n  gopher_repetition: {enabled: false}\n  chinese: {enabled: false}\n"
        + "decontaminate:\n  benchmarks:\n"
        + "    - {name: gsm8k, path: " + DecontaminatorTest.resource("gsm8k/test.jsonl") + ", fields: [question, answer]}\n"
        + "    - {name: quiz, path: '" + DecontaminatorTest.resource("quiz") + "/*/*.csv', format: csv,"
        + " question_column: Question, option_columns: [A, B, C, D]}\n");
    SparkSession spark = SharedSpark.get();
    result = new RefineJob(spark, recipe, GlobalStages.from(recipe)).run(RunOptions.defaults());
    rejected = new HashMap<>();
    for (Row r : spark.read().parquet(dir.resolve("out/rejected").toString()).collectAsList()) {
      rejected.put(r.getString(r.fieldIndex("id")), r);
    }
    keptText = new HashMap<>();
    for (Row r : spark.read().parquet(dir.resolve("out/shards").toString()).collectAsList()) {
      keptText.put(r.getString(r.fieldIndex("id")), r.getString(r.fieldIndex("text")));
    }
  }

  @Test
  void everyDocumentIsKeptOrRejectedForItsReason() {
    assertThat(keptText.keySet()).containsExactlyInAnyOrder("clean", "pii");
    assertThat(rejected.keySet()).containsExactlyInAnyOrder("gsm8k", "quiz", "spam", "blocked");
    assertThat(reason("gsm8k")).isEqualTo("decontam/benchmark_overlap");
    assertThat(detail("gsm8k")).matches("gsm8k:test:3 \\(\\d+/\\d+ n-grams\\)");
    assertThat(rejected.get("gsm8k").getString(rejected.get("gsm8k").fieldIndex("stage"))).isEqualTo("decontaminate");
    assertThat(detail("quiz")).startsWith("quiz:test/science:2 ");
    assertThat(reason("spam")).isEqualTo("flagged_words/too_many");
    assertThat(reason("blocked")).isEqualTo("url_blocklist/blocked_domain");
    assertThat(detail("blocked")).isEqualTo("bad-site.example (host www.bad-site.example)");
  }

  @Test
  void piiIsRedactedInTheShardsAndCountedInTheFunnel() throws Exception {
    assertThat(keptText.get("pii")).isEqualTo("如有疑问请致电 <PHONE> 或发邮件至 <EMAIL>,我们会尽快回复。");
    JsonNode funnel = Json.MAPPER.readTree(dir.resolve("out/stats/funnel.json").toFile());
    JsonNode edits = funnel.at("/sources/web/edits");
    assertThat(edits.at("/pii_phone/docs").asLong()).isEqualTo(1);
    assertThat(edits.at("/pii_phone/edits").asLong()).isEqualTo(1);
    assertThat(edits.at("/pii_email/edits").asLong()).isEqualTo(1);
    assertThat(funnel.at("/sources/web/rejected/decontam~1benchmark_overlap/docs").asLong()).isEqualTo(2);
    assertThat(result.stats().source("web").read()).isEqualTo(6);
    assertThat(result.stats().source("web").kept().docs()).isEqualTo(2);
  }

  @Test
  void hitsPerBenchmarkAreInTheStageStats() throws Exception {
    JsonNode stats = Json.MAPPER.readTree(dir.resolve("out/stats/decontaminate.json").toFile());
    assertThat(stats.at("/matches/gsm8k/web/docs").asLong()).isEqualTo(1);
    assertThat(stats.at("/matches/gsm8k/web/dropped").asLong()).isEqualTo(1);
    assertThat(stats.at("/matches/quiz/web/docs").asLong()).isEqualTo(1);
    assertThat(stats.at("/index/benchmarks/gsm8k/items").asLong()).isEqualTo(20);
    assertThat(stats.at("/index/benchmarks/quiz/indexed_items").asLong()).isEqualTo(7);
    assertThat(stats.at("/settings/action").asText()).isEqualTo("drop");
    assertThat(stats.at("/index/bytes").asLong()).isPositive();
  }

  private static String reason(String id) {
    Row r = rejected.get(id);
    return r.getString(r.fieldIndex("reason"));
  }

  private static String detail(String id) {
    Row r = rejected.get(id);
    return r.getString(r.fieldIndex("detail"));
  }
}
