package dev.jinglian.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jinglian.job.GlobalStages;
import dev.jinglian.job.RefineJob;
import dev.jinglian.job.RunOptions;
import dev.jinglian.job.RunResult;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.shard.ShardInfo;
import dev.jinglian.stats.DedupStats;
import dev.jinglian.tag.TokenCounter;
import dev.jinglian.testing.Recipes;
import dev.jinglian.testing.SharedSpark;
import dev.jinglian.util.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole run with {@code dedup.lines} on (min_documents 4): lines in four documents go from every document, lines
 * in three stay, short code lines stay, a document of nothing but boilerplate is rejected, signals describe the
 * stripped text, and the stats and report say what was removed.
 */
class BoilerplateLinesRunTest {
  private static final String SHARE = "Share this article on Facebook and Twitter";
  private static final String NEWSLETTER = "Subscribe to our newsletter for weekly updates";
  private static final String COPYRIGHT = "版权所有 © %d 新浪网 未经授权禁止转载";
  private static final String WECHAT = "欢迎关注我们的微信公众号获取更多资讯";
  /** Code file names (not numbers: digits are folded, so "file 1" and "file 2" would be the same line). */
  private static final String[] FILES = {"alpha", "beta", "gamma", "delta"};
  /** Short lines (narrower than min_width 10) found in every code document. */
  private static final String CODE = "if (a) {\n    b += 1;\n}\n\n}\n";

  @TempDir
  static Path tmp;
  static RunResult first;
  static Path out;

  @BeforeAll
  static void run() throws Exception {
    List<String> docs = new ArrayList<>();
    String[] english = {
        "The river flooded the lower town after three days of heavy rain, and the council opened the school hall.",
        "A new bakery on Mill Street sells rye bread made with flour from the old water mill up the valley.",
        "Volunteers counted two hundred swallows nesting under the bridge, twice as many as last spring.",
        "The library will stay open until nine on Thursdays so that students can prepare for their exams."};
    String[] chinese = {
        "今年春天雨水偏多，江边的油菜花开得比往年更晚一些，游客们依然络绎不绝。",
        "这家老字号面馆坚持手工拉面，每天清晨五点开门，街坊邻居都是多年的老主顾。",
        "市图书馆新开设了古籍阅览室，读者可以预约查阅清代地方志和家谱等珍贵文献。",
        "山区小学的孩子们第一次上了天文课，老师用望远镜带他们观察了月球表面的环形山。"};
    // the copyright line (years differ) is in exactly min_documents = 4 documents: zh0-2 and "only"; the newsletter
    // and WeChat lines are in 3; the share line in 5 (en0-3, "only")
    for (int i = 0; i < 3; i++) {
      docs.add(json("en" + i, english[i] + "\n" + SHARE + "\n" + NEWSLETTER));
      docs.add(json("zh" + i, chinese[i] + "\n" + COPYRIGHT.formatted(2019 + i) + "\n" + WECHAT));
    }
    docs.add(json("en3", english[3] + "\n" + SHARE.toUpperCase(java.util.Locale.ROOT)));
    docs.add(json("zh3", chinese[3]));
    docs.add(json("only", SHARE + "\n\n" + COPYRIGHT.formatted(2024)));
    for (int i = 0; i < 4; i++) {
      docs.add(json("code" + i, "// file " + FILES[i] + " of the example\n" + CODE));
    }
    Path input = tmp.resolve("in.jsonl");
    Files.write(input, docs, StandardCharsets.UTF_8);
    out = tmp.resolve("out");
    first = runTo(input, out);
  }

  private static RunResult runTo(Path input, Path dir) throws Exception {
    Recipe recipe = Recipes.fromYaml("""
        name: boilerplate
        output: %s
        sources:
          - {name: web, path: %s}
        filters:
          length: {enabled: false}
          gopher_quality: {enabled: false}
          gopher_repetition: {enabled: false}
          c4: {enabled: false}
          fineweb: {enabled: false}
          chinese: {enabled: false}
        dedup:
          exact: {enabled: false}
          near: {enabled: false}
          lines: {enabled: true, min_documents: 4}
        """.formatted(dir, input));
    return new RefineJob(SharedSpark.get(), recipe, GlobalStages.from(recipe)).run(RunOptions.defaults());
  }

  private static Map<String, Row> shards() {
    Map<String, Row> byId = new TreeMap<>();
    for (Row r : SharedSpark.get().read().parquet(out.resolve("shards").toString())
        .select("id", "text", "tokens").collectAsList()) {
      byId.put(r.getString(0), r);
    }
    return byId;
  }

  @Test
  void linesInMinDocumentsAreRemovedFromEveryDocumentAndLinesInFewerStay() {
    Map<String, Row> shards = shards();
    assertThat(shards.get("en0").getString(1)).isEqualTo(
        "The river flooded the lower town after three days of heavy rain, and the council opened the school hall.\n"
            + NEWSLETTER);
    assertThat(shards.get("en3").getString(1)).doesNotContainIgnoringCase(SHARE);
    assertThat(shards.get("zh1").getString(1)).isEqualTo( // NFKC folds the full-width comma
        "这家老字号面馆坚持手工拉面,每天清晨五点开门,街坊邻居都是多年的老主顾。\n" + WECHAT);
    assertThat(shards.get("zh3").getString(1)).startsWith("山区小学");
    // tokens are counted on the stripped text
    TokenCounter tokens = TokenCounter.named("cl100k_base");
    for (Row r : shards.values()) {
      assertThat(r.getLong(2)).as(r.getString(0)).isEqualTo(tokens.count(r.getString(1)));
    }
  }

  @Test
  void shortCodeLinesInEveryDocumentSurviveWithTheirIndentation() {
    Map<String, Row> shards = shards();
    for (int i = 0; i < 4; i++) {
      assertThat(shards.get("code" + i).getString(1))
          .isEqualTo("// file " + FILES[i] + " of the example\n" + CODE.strip());
    }
  }

  @Test
  void aDocumentOfOnlyBoilerplateIsRejectedWithItsReason() {
    List<Row> rejected = SharedSpark.get().read().parquet(out.resolve("rejected").toString())
        .select("id", "stage", "reason").collectAsList();
    assertThat(rejected).extracting(r -> r.getString(0) + " " + r.getString(1) + " " + r.getString(2))
        .containsExactly("only dedup dedup/boilerplate_only");
    assertThat(first.stats().source("web").kept().docs()).isEqualTo(12);
  }

  @Test
  void statsAndReportListWhatWasRemoved() throws Exception {
    JsonNode lines = Json.MAPPER.readTree(out.resolve("stats/dedup_stages.json").toFile()).get("lines");
    assertThat(lines.get("boilerplate").asLong()).isEqualTo(2);
    assertThat(lines.get("units_removed").asLong()).isEqualTo(9); // share in en0-3 and "only", copyright in zh0-2 and "only"
    assertThat(lines.get("docs_edited").asLong()).isEqualTo(8); // en0-3, zh0-2 and "only"
    assertThat(lines.get("docs_emptied").asLong()).isEqualTo(1);
    assertThat(lines.get("capped").asBoolean()).isFalse();
    DedupStats dedup = Json.MAPPER.readValue(out.resolve("stats/dedup.json").toFile(), DedupStats.class);
    // most frequent first; the example is the smallest text seen, so it is the same on every run
    assertThat(dedup.boilerplate()).containsExactly(
        new DedupStats.Boilerplate(SHARE.toUpperCase(java.util.Locale.ROOT), 5),
        new DedupStats.Boilerplate(COPYRIGHT.formatted(2019), 4));
    JsonNode edits = Json.MAPPER.readTree(out.resolve("stats/funnel.json").toFile())
        .at("/sources/web/edits/boilerplate_lines");
    assertThat(edits.get("docs").asLong()).isEqualTo(8);
    assertThat(edits.get("edits").asLong()).isEqualTo(9);
    String html = Files.readString(out.resolve("report/index.html"));
    assertThat(html).contains("Most frequent boilerplate lines removed").contains(COPYRIGHT.formatted(2019));
  }

  @Test
  void sameRecipeAndInputGiveTheSameShardBytes() throws Exception {
    RunResult again = runTo(tmp.resolve("in.jsonl"), tmp.resolve("again"));
    assertThat(again.manifest().shards()).extracting(ShardInfo::sha256)
        .containsExactlyElementsOf(first.manifest().shards().stream().map(ShardInfo::sha256).toList())
        .isNotEmpty();
  }

  private static String json(String id, String text) {
    return Json.write(Map.of("id", id, "text", text)).replace("\n", "");
  }
}
