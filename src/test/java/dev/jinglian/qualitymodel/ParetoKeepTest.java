package dev.jinglian.qualitymodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jinglian.doc.RefinedDocument;
import dev.jinglian.filter.Verdict;
import dev.jinglian.io.RawRecord;
import dev.jinglian.job.DocumentRefiner;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import dev.jinglian.tag.WordSegmenter;
import dev.jinglian.testing.Recipes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GPT-3-style stochastic keeping ({@code keep: pareto}) against its analytic keep probability, its determinism,
 * and threshold mode unchanged. The model is a constant scorer (zero weights, intercept z gives score
 * sigmoid(z) for every document), so the keep rate depends on the draw alone.
 */
class ParetoKeepTest {
  private static final WordSegmenter SEG = WordSegmenter.of(WordSegmenter.Mode.FAST);
  @TempDir static Path dir;
  private static String half;

  @BeforeAll
  static void models() throws IOException {
    half = constantModel("half", 0); // score exactly 0.5
  }

  private static String constantModel(String name, double intercept) throws IOException {
    HashedFeatures f = new HashedFeatures(10);
    String path = dir.resolve(name).toString();
    new QualityModel(f, "fast", new double[f.dimension()], intercept).save(path,
        new ObjectMapper().createObjectNode());
    return path;
  }

  private static DocumentAnalysis doc(String id, long seed) {
    DocumentAnalysis d = new DocumentAnalysis("s", "quality text 质量文本 " + id, SEG);
    d.setId(id, seed);
    return d;
  }

  @Test
  void keepRateMatchesTheAnalyticParetoProbability() {
    ParetoKeep pareto = new ParetoKeep(ParetoKeep.ALPHA_DEFAULT);
    int n = 200_000;
    for (double score : new double[] {0.0, 0.5, 0.8, 0.95, 0.99}) {
      int kept = 0;
      for (int i = 0; i < n; i++) {
        DocumentAnalysis d = doc("doc-" + i, 42);
        if (pareto.keeps(score, pareto.draw(d.uniform(QualityModelFilter.DRAW_STREAM)))) {
          kept++;
        }
      }
      double p = Math.pow(2 - score, -9);
      assertThat(pareto.keepProbability(score)).isEqualTo(p);
      double sd = Math.sqrt(p * (1 - p) / n);
      assertThat((double) kept / n).as("score %s", score).isCloseTo(p, org.assertj.core.data.Offset.offset(5 * sd
          + 1e-4));
    }
    assertThat(pareto.keepProbability(1.0)).isEqualTo(1.0);
    assertThat(new ParetoKeep(3).keepProbability(0.5)).isCloseTo(Math.pow(1.5, -3), org.assertj.core.data.Offset
        .offset(1e-12));
  }

  @Test
  void filterDropsWithTheReasonAndTheDrawAtTheAnalyticRate() {
    QualityModelFilter f = new QualityModelFilter(new QualityModelFilter.Params(null, half,
        QualityModelFilter.Keep.PARETO, null, null));
    assertThat(f.thresholds()).isEmpty();
    int n = 20_000;
    int kept = 0;
    String detail = null;
    for (int i = 0; i < n; i++) {
      DocumentAnalysis d = doc("d" + i, 7);
      Signals s = new Signals();
      f.measure(d, s);
      assertThat(s.get(QualityModelFilter.SCORE)).isEqualTo(0.5);
      Verdict v = f.decide(d, s);
      if (v.rejected()) {
        assertThat(v.reason().key()).isEqualTo("quality_model/low_score");
        detail = v.detail();
      } else {
        kept++;
      }
    }
    double p = Math.pow(1.5, -9); // 2.6 %
    assertThat((double) kept / n).isCloseTo(p, org.assertj.core.data.Offset.offset(5 * Math.sqrt(p * (1 - p) / n)));
    assertThat(detail).matches("pareto draw \\d\\.\\d{4} <= 1 - score 0\\.5000 \\(score 0\\.5000, alpha 9\\.0\\)");
  }

  /** Decisions of the fused pass with only the quality model deciding (every other family off). */
  private static List<String> refine(long seed, String keep) {
    StringBuilder others = new StringBuilder();
    for (var def : dev.jinglian.filter.FilterRegistry.definitions()) {
      if (!def.family().equals(QualityModelFilter.FAMILY)) {
        others.append("  ").append(def.family()).append(": {enabled: false}\n");
      }
    }
    DocumentRefiner refiner = new DocumentRefiner(Recipes.fromYaml("""
        name: p
        seed: %d
        output: /tmp/unused
        sources: [{name: s, path: /tmp/unused}]
        filters:
          quality_model: {model: '%s', %s}
        """.formatted(seed, half, keep) + others));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      RefinedDocument r = refiner.refine(RawRecord.document("s", "in.jsonl", i + 1, "id-" + i,
          "A document about data quality, 关于数据质量的文档 " + i, Map.of()));
      out.add(r.id() + " " + r.rejectReason() + " " + r.rejectDetail());
    }
    return out;
  }

  @Test
  void sameSeedAndIdsGiveTheSameDecisionsAnotherSeedOthers() {
    List<String> a = refine(11, "keep: pareto");
    assertThat(refine(11, "keep: pareto, pareto_alpha: 9")).isEqualTo(a);
    assertThat(refine(12, "keep: pareto")).isNotEqualTo(a);
    long kept = a.stream().filter(l -> l.endsWith(" null null")).count();
    assertThat(kept).isBetween(1L, 40L); // expected 400 × 2.6 % ≈ 10
    // a smaller alpha keeps more: P = 1.5^-1 = 67 %
    long keptAlpha1 = refine(11, "keep: pareto, pareto_alpha: 1").stream().filter(l -> l.endsWith(" null null"))
        .count();
    assertThat(keptAlpha1).isBetween(230L, 300L);
  }

  @Test
  void thresholdModeIsTheDefaultAndCutsAtTheThresholdOnBothSides() {
    assertThat(new QualityModelFilter.Params(null, half, null).keep()).isEqualTo(QualityModelFilter.Keep.THRESHOLD);
    assertThat(refine(11, "threshold: 0.5")).allMatch(l -> l.endsWith(" null null"));
    assertThat(refine(11, "keep: threshold, threshold: 0.5000001"))
        .allMatch(l -> l.contains("quality_model/low_score"));
    QualityModelFilter f = new QualityModelFilter(new QualityModelFilter.Params(null, half, 0.5));
    assertThat(f.thresholds()).hasSize(1);
  }

  @Test
  void badKeepSettingsAreRejectedByName() {
    assertThatThrownBy(() -> refine(1, "keep: sometimes")).hasMessageContaining("sometimes");
    assertThatThrownBy(() -> new QualityModelFilter.Params(null, half, QualityModelFilter.Keep.PARETO, null, 0.0))
        .hasMessageContaining("pareto_alpha");
    assertThatThrownBy(() -> new ParetoKeep(Double.NaN)).hasMessageContaining("pareto_alpha");
  }
}
