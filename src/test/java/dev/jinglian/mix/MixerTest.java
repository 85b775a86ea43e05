package dev.jinglian.mix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import dev.jinglian.recipe.MixSpec;
import dev.jinglian.recipe.SelectSpec;
import dev.jinglian.recipe.SourceTarget;
import dev.jinglian.recipe.StageSpec;
import dev.jinglian.testing.SharedSpark;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MixerTest {
  static SparkSession spark;
  static Dataset<Row> pool;
  static Map<String, Long> available = new LinkedHashMap<>();

  /** A pool with a web-like, heavy-tailed document length distribution: web (big), books (small). */
  @BeforeAll
  static void pool() {
    spark = SharedSpark.get();
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("source", DataTypes.StringType, false),
        DataTypes.createStructField("lang", DataTypes.StringType, false),
        DataTypes.createStructField("tokens", DataTypes.LongType, false),
        DataTypes.createStructField("quality", DataTypes.DoubleType, false)));
    Random rnd = new Random(3);
    List<Row> rows = new ArrayList<>();
    String[][] sources = {{"web", "20000"}, {"books", "400"}};
    for (String[] s : sources) {
      for (int i = 0; i < Integer.parseInt(s[1]); i++) {
        long tokens = 20 + (long) Math.exp(rnd.nextGaussian() * 1.2 + 5.5); // log-normal, median ~250
        rows.add(RowFactory.create(s[0] + "-" + i, s[0], i % 3 == 0 ? "en" : "zh", tokens, rnd.nextDouble()));
        available.merge(s[0], tokens, Long::sum);
      }
    }
    pool = spark.createDataFrame(rows, schema).repartition(4).cache();
  }

  private static StageSpec stage(String name, Long total, Map<String, SourceTarget> targets) {
    return new StageSpec(name, new MixSpec(total, targets, null));
  }

  private static Map<String, SourceTarget> weights(double web, double books, double booksEpochs) {
    Map<String, SourceTarget> t = new LinkedHashMap<>();
    t.put("web", new SourceTarget(web, null, null, null));
    t.put("books", new SourceTarget(books, null, booksEpochs, null));
    return t;
  }

  private static long tokens(Dataset<Row> docs, String source) {
    Row r = docs.filter(col("source").equalTo(source)).agg(sum("tokens")).first();
    return r.isNullAt(0) ? 0 : r.getLong(0);
  }

  @Test
  void weightedBudgetsAreMetWithinOnePercentByDownSampling() {
    long total = available.get("web") / 2;
    Mixer.MixedStage m = new Mixer(42).sample(pool, stage("s", total, weights(0.9, 0.1, 1.0)));
    SourceOutcome web = m.outcomes().get("web");
    assertThat(web.targetTokens()).isEqualTo(Math.round(0.9 * total));
    assertThat(web.met()).isTrue();
    assertThat(Math.abs(web.achievedTokens() - web.targetTokens())).isLessThanOrEqualTo(web.targetTokens() / 100);
    assertThat(tokens(m.docs(), "web")).isEqualTo(web.achievedTokens());
    assertThat(m.docs().filter(col("source").equalTo("web")).select("id").distinct().count())
        .isEqualTo(m.docs().filter(col("source").equalTo("web")).count()); // no repeats when down-sampling
  }

  @Test
  void upSamplingRepeatsASmallSourceUpToMaxEpochsAndSaysWhenItRunsOut() {
    long books = available.get("books");
    Map<String, SourceTarget> t = new LinkedHashMap<>();
    t.put("books", new SourceTarget(null, Math.round(books * 2.5), 3.0, null));
    SourceOutcome ok = new Mixer(1).sample(pool, stage("up", null, t)).outcomes().get("books");
    assertThat(ok.met()).isTrue();
    assertThat(ok.epochs()).isBetween(2.47, 2.53);

    t.put("books", new SourceTarget(null, books * 5, 2.0, null));
    Mixer.MixedStage capped = new Mixer(1).sample(pool, stage("cap", null, t));
    SourceOutcome c = capped.outcomes().get("books");
    assertThat(c.achievedTokens()).isEqualTo(2 * books);
    assertThat(c.met()).isFalse();
    assertThat(c.note()).startsWith("source exhausted after max_epochs=2.0").contains(String.format("%,d", books));
    assertThat(capped.docs().groupBy("id").count().filter(col("count").notEqual(2)).count()).isZero();
    assertThat(capped.docs().select("epoch").distinct().count()).isEqualTo(2);
  }

  @Test
  void sameSeedSelectsTheSameDocumentsAndAnotherSeedDiffers() {
    StageSpec s = stage("d", available.get("web") / 3, weights(0.5, 0.5, 10.0));
    List<Row> a = new Mixer(7).sample(pool, s).docs().select("id", "epoch").orderBy("id", "epoch").collectAsList();
    List<Row> b = new Mixer(7).sample(pool, s).docs().select("id", "epoch").orderBy("id", "epoch").collectAsList();
    List<Row> c = new Mixer(8).sample(pool, s).docs().select("id", "epoch").orderBy("id", "epoch").collectAsList();
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
  }

  @Test
  void selectionByTagsAndQuantilesRestrictsWhatASourceContributes() {
    Map<String, SourceTarget> t = new LinkedHashMap<>();
    t.put("web", new SourceTarget(null, 50_000L, null,
        new SelectSpec("lang = 'en' AND tokens >= 100", Map.of("quality", 0.5), null)));
    Mixer.MixedStage m = new Mixer(5).sample(pool, stage("sel", null, t));
    Dataset<Row> web = m.docs();
    assertThat(web.count()).isPositive();
    assertThat(web.filter(col("lang").notEqual("en").or(col("tokens").lt(100))).count()).isZero();
    assertThat(web.agg(org.apache.spark.sql.functions.min("quality")).first().getDouble(0)).isGreaterThan(0.45);
    assertThat(m.outcomes().get("web").met()).isTrue();
  }

  @Test
  void aSourceWithNothingLeftAfterSelectionIsReportedNotSilentlyEmpty() {
    Map<String, SourceTarget> t = new LinkedHashMap<>();
    t.put("books", new SourceTarget(null, 1000L, null, new SelectSpec("lang = 'fr'", null, null)));
    SourceOutcome o = new Mixer(5).sample(pool, stage("none", null, t)).outcomes().get("books");
    assertThat(o.met()).isFalse();
    assertThat(o.achievedTokens()).isZero();
    assertThat(o.note()).isEqualTo("no clean documents left after selection");
  }
}
