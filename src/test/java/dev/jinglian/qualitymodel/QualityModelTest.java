package dev.jinglian.qualitymodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jinglian.filter.Verdict;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import dev.jinglian.tag.WordSegmenter;
import dev.jinglian.testing.SharedSpark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trains on real e-mail (ham = positive, spam = negative; sample-data/en/spam.jsonl), split by id hash so
 * the evaluation documents never reach the trainer, and scores the held-out part with the plain-Java scorer
 * the fused pass uses.
 */
class QualityModelTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final WordSegmenter SEG = WordSegmenter.of(WordSegmenter.Mode.FAST);
  @TempDir static Path dir;
  private static final List<JsonNode> heldOut = new ArrayList<>();
  private static QualityModelTrainer.Metrics metrics;
  private static String modelDir;

  @BeforeAll
  static void train() throws IOException {
    List<String> pos = new ArrayList<>();
    List<String> neg = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("sample-data/en/spam.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode d = JSON.readTree(line);
      if (Math.floorMod(d.get("id").asText().hashCode(), 5) == 0) {
        heldOut.add(d);
      } else {
        (d.get("label").asText().equals("ham") ? pos : neg).add(line);
      }
    }
    Path p = Files.write(dir.resolve("ham.jsonl"), pos);
    Path n = Files.write(dir.resolve("spam.jsonl"), neg);
    modelDir = dir.resolve("model").toString();
    metrics = new QualityModelTrainer("text", "fast", 16, 0.2, 0.01, 15, 7)
        .train(SharedSpark.get(), List.of(p.toString()), List.of(n.toString()), modelDir);
  }

  private static double auc(ToDoubleFunction<JsonNode> score) {
    List<Double> pos = new ArrayList<>();
    List<Double> neg = new ArrayList<>();
    for (JsonNode d : heldOut) {
      (d.get("label").asText().equals("ham") ? pos : neg).add(score.applyAsDouble(d));
    }
    double wins = 0;
    for (double a : pos) {
      for (double b : neg) {
        wins += a > b ? 1 : a == b ? 0.5 : 0;
      }
    }
    return wins / ((double) pos.size() * neg.size());
  }

  private static DocumentAnalysis doc(String text) {
    return new DocumentAnalysis("t", text, SEG);
  }

  @Test
  void beatsTrivialBaselinesOnHeldOutMail() {
    QualityModel model = QualityModel.load(modelDir);
    double modelAuc = auc(d -> model.score(doc(d.get("text").asText())));
    double lengthAuc = auc(d -> d.get("text").asText().length());
    double best = Math.max(Math.max(lengthAuc, 1 - lengthAuc), 0.5);
    assertThat(heldOut).hasSizeGreaterThan(60);
    assertThat(modelAuc).isGreaterThan(0.9).isGreaterThan(best + 0.05);
    assertThat(metrics.auc()).isGreaterThan(0.85);
    assertThat(metrics.testDocs()).isPositive();
  }

  @Test
  void modelDirectoryIsVersionedAndRecordsItsTrainingData() throws IOException {
    JsonNode meta = JSON.readTree(Path.of(modelDir, QualityModel.MODEL_JSON).toFile());
    assertThat(meta.get("format").asText()).isEqualTo(QualityModel.FORMAT);
    assertThat(meta.get("version").asInt()).isEqualTo(QualityModel.VERSION);
    assertThat(meta.get("segmenter").asText()).isEqualTo("fast");
    assertThat(meta.at("/normalize/unicode_form").asText()).isEqualTo("NFKC");
    assertThat(meta.at("/training/positive/0/sha256").asText()).hasSize(64);
    assertThat(meta.at("/held_out/auc").asDouble()).isEqualTo(metrics.auc());
  }

  @Test
  void filterRejectsBelowThresholdWithReasonAndKeepsAtOrAbove() {
    String ham = heldOut.stream().filter(d -> d.get("label").asText().equals("ham")).findFirst().orElseThrow()
        .get("text").asText();
    double score = QualityModel.load(modelDir).score(doc(ham));
    QualityModelFilter atScore = new QualityModelFilter(new QualityModelFilter.Params(null, modelDir, score));
    Signals s = new Signals();
    DocumentAnalysis d = doc(ham);
    atScore.measure(d, s);
    assertThat(s.get(QualityModelFilter.SCORE)).isEqualTo(score);
    assertThat(atScore.decide(d, s).rejected()).isFalse();
    double above = Math.nextUp(score);
    Verdict v = new QualityModelFilter(new QualityModelFilter.Params(null, modelDir, above)).decide(d, s);
    assertThat(v.rejected()).isTrue();
    assertThat(v.reason().key()).isEqualTo("quality_model/low_score");
  }

  @Test
  void scoresChineseTextThroughTheSharedSegmentation() {
    double s = QualityModel.load(modelDir).score(doc("这是一个测试文档，用来检查中文分词后的特征。"));
    assertThat(s).isBetween(0.0, 1.0);
  }

  @Test
  void segmenterMismatchAndMissingModelFailClearly() {
    QualityModelFilter f = new QualityModelFilter(new QualityModelFilter.Params(true, modelDir, 0.5));
    DocumentAnalysis standard = new DocumentAnalysis("t", "中文", WordSegmenter.of(WordSegmenter.Mode.STANDARD));
    assertThatThrownBy(() -> f.measure(standard, new Signals()))
        .hasMessageContaining("trained with segmenter 'fast'").hasMessageContaining("'standard'");
    assertThatThrownBy(() -> new QualityModelFilter.Params(true, null, 0.5))
        .hasMessageContaining("'model'");
    assertThatThrownBy(() -> new QualityModelFilter.Params(true, modelDir, 1.5))
        .hasMessageContaining("threshold must be in [0, 1]");
    assertThatThrownBy(() -> QualityModel.load(dir.resolve("nope").toString()))
        .hasMessageContaining("cannot read quality model");
  }
}
