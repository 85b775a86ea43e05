package dev.jinglian.report;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.filter.Threshold;
import dev.jinglian.report.ReportData.Funnel;
import dev.jinglian.report.ReportData.ReasonSamples;
import dev.jinglian.report.ReportData.Sample;
import dev.jinglian.report.ReportData.SignalPlot;
import dev.jinglian.report.ReportData.Step;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import dev.jinglian.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report of a real run: what data.json holds and that the HTML shows document text as text. */
class RunReportTest {
  private static Path run;
  private static ReportData data;
  private static String html;

  @BeforeAll
  static void runPipeline() throws Exception {
    run = SampleRun.a();
    data = RunReport.read(run);
    html = Files.readString(run.resolve("report/index.html"), StandardCharsets.UTF_8);
  }

  @Test
  void summaryNamesTheRecipeSourcesAndTimings() {
    assertThat(data.run().recipeName()).isEqualTo("vimtutor-sample");
    assertThat(data.run().recipeSha256()).hasSize(64);
    assertThat(data.run().sources()).extracting(ReportData.Source::name).containsExactly("zh", "en", "intl", "web");
    assertThat(data.run().stages()).extracting(ReportData.StageTime::stage)
        .contains("read_refine", "write_shards", "total");
    assertThat(data.run().recipe()).containsEntry("filters.length.min_chars", "300")
        .containsEntry("sources[0].name", "zh");
    assertThat(data.run().in().quarantined()).isEqualTo(1); // the malformed line of web.jsonl
  }

  @Test
  void keywordTableCountsShardDocumentsPerSourceMostFrequentFirst() {
    assertThat(data.keywords()).extracting(ReportData.SourceKeywords::source).contains("zh", "en");
    Dataset<Row> shards = SharedSpark.get().read().parquet(run.resolve("shards").toString());
    for (ReportData.SourceKeywords k : data.keywords()) {
      assertThat(k.top()).as(k.source()).isNotEmpty().hasSizeLessThanOrEqualTo(KeywordGatherer.TOP);
      for (int i = 1; i < k.top().size(); i++) {
        ReportData.KeywordCount prev = k.top().get(i - 1);
        ReportData.KeywordCount cur = k.top().get(i);
        assertThat(prev.docs() > cur.docs() || (prev.docs() == cur.docs()
            && prev.keyword().compareTo(cur.keyword()) < 0)).as("%s before %s", prev, cur).isTrue();
      }
      ReportData.KeywordCount first = k.top().get(0);
      long docs = shards.filter(col("source").equalTo(k.source())
          .and(org.apache.spark.sql.functions.array_contains(col("keywords"), first.keyword()))).count();
      assertThat(first.docs()).as(k.source() + " " + first.keyword()).isEqualTo(docs);
    }
    ReportData.SourceKeywords en = data.keywords().stream().filter(k -> k.source().equals("en")).findFirst()
        .orElseThrow();
    assertThat(en.top()).extracting(ReportData.KeywordCount::keyword).doesNotContain("the", "and", "of");
    assertThat(html).contains("Top keywords").contains(">" + first(en) + "<");
  }

  private static String first(ReportData.SourceKeywords k) {
    return k.top().get(0).keyword();
  }

  @Test
  void funnelAddsUpPerSource() {
    for (Funnel f : data.funnel()) {
      long removed = f.steps().stream().mapToLong(Step::docs).sum();
      assertThat(f.read()).as(f.source()).isEqualTo(f.quarantined() + removed + f.kept().docs());
    }
    Funnel zh = data.funnel().get(0);
    assertThat(zh.steps()).extracting(Step::reason).contains("length/too_long", "length/too_short");
    assertThat(zh.steps()).extracting(Step::stage).containsOnly("filter");
    assertThat(data.run().out().docs()).isEqualTo(data.funnel().stream().mapToLong(f -> f.kept().docs()).sum());
  }

  @Test
  void signalPlotCarriesTheRecipeThresholdsAndCountsEveryDocument() {
    SignalPlot chars = data.distributions().signals().stream().filter(p -> p.signal().equals("chars"))
        .findFirst().orElseThrow();
    assertThat(chars.family()).isEqualTo("length");
    assertThat(chars.thresholds()).containsExactly(Threshold.min("chars", 300), Threshold.max("chars", 1000));
    long plotted = chars.histogram().series().stream().flatMapToLong(s -> Arrays.stream(s.counts())).sum();
    assertThat(plotted).isEqualTo(data.run().in().docs());
    long droppedByLength = data.funnel().stream().flatMap(f -> f.steps().stream())
        .filter(s -> s.reason().startsWith("length/")).mapToLong(Step::docs).sum();
    long thisRule = Arrays.stream(chars.histogram().series().get(1).counts()).sum();
    assertThat(chars.histogram().series().get(1).name()).isEqualTo("this_rule");
    assertThat(thisRule).isEqualTo(droppedByLength);
  }

  @Test
  void tokenAndLanguageDistributionsCoverInAndOut() {
    ReportData.Histogram tokens = data.distributions().tokens();
    assertThat(tokens.scale()).isEqualTo("log");
    assertThat(tokens.series()).extracting(ReportData.Series::name).containsExactly("in", "out");
    assertThat(Arrays.stream(tokens.series().get(0).counts()).sum()).isEqualTo(data.run().in().docs());
    assertThat(Arrays.stream(tokens.series().get(1).counts()).sum()).isEqualTo(data.run().out().docs());
    assertThat(data.distributions().languages()).extracting(ReportData.LanguageCount::lang)
        .contains("zh-Hans", "ja", "ko");
  }

  @Test
  void samplesAreFewPerReasonCutShortAndCarryTheValueThatDroppedThem() {
    List<ReasonSamples> rejected = data.samples().rejected();
    assertThat(rejected).extracting(ReasonSamples::reason).contains("length/too_short", "length/too_long");
    for (ReasonSamples r : rejected) {
      assertThat(r.samples()).hasSizeBetween(1, SampleGatherer.PER_GROUP);
      for (Sample s : r.samples()) {
        assertThat(s.text().codePointCount(0, s.text().length())).isLessThanOrEqualTo(SampleGatherer.TEXT_CHARS);
        // the measured value against the threshold, e.g. "12 < 200" or "0.3011 > 0.3000"
        assertThat(s.detail()).as(r.reason()).matches(".*\\d+(\\.\\d+)? [<>]=? \\d+(\\.\\d+)?.*");
      }
    }
    Sample tooLong = rejected.stream().filter(r -> r.reason().equals("length/too_long")).findFirst().orElseThrow()
        .samples().get(0);
    assertThat(tooLong.chars()).isGreaterThan(1000);
    assertThat(tooLong.text()).hasSizeLessThan((int) tooLong.chars());
    assertThat(data.samples().kept()).extracting(ReportData.SourceSamples::source)
        .containsExactly("zh", "en", "intl", "web");
    assertThat(data.samples().kept()).allSatisfy(s -> assertThat(s.samples()).isNotEmpty());
  }

  @Test
  void samplesDependOnTheSeedNotOnPartitioning() {
    Dataset<Row> rejected = SharedSpark.get().read().parquet(run.resolve("rejected").toString());
    Map<String, Long> sizes = Map.of("length/too_short", 3L); // a stale size only changes the pre-filter rate
    Map<String, List<Sample>> once = SampleGatherer.sample(rejected, col("reason"), sizes, 42, true);
    Map<String, List<Sample>> again = SampleGatherer.sample(rejected.repartition(7), col("reason"), Map.of(), 42,
        true);
    assertThat(again).isEqualTo(once);
    assertThat(SampleGatherer.sample(rejected, col("reason"), Map.of(), 43, true)).isNotEqualTo(once);
  }

  @Test
  void sectionsOfStagesNotRunSayNotRunAndEditsAreCounted() {
    assertThat(data.dedup()).isNull();
    assertThat(data.decontam()).isNull();
    assertThat(html).contains("Not run in this recipe.");
    assertThat(data.edits()).extracting(ReportData.EditCount::kind).contains("whitespace");
  }

  @Test
  void documentHtmlIsShownAsTextNeverAsMarkup() {
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img");
    assertThat(html).contains("&lt;script&gt;document.body.dataset.pwned&#61;&#39;text&#39;&lt;/script&gt;");
    assertThat(html).contains("Content-Security-Policy");
  }
}
