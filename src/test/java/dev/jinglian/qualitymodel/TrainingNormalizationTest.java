package dev.jinglian.qualitymodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.io.RawRecord;
import dev.jinglian.job.DocumentRefiner;
import dev.jinglian.normalize.Normalization;
import dev.jinglian.recipe.NormalizeSpec;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.WordSegmenter;
import dev.jinglian.testing.Recipes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trainer featurizes the text form the pipeline scores: normalized as the recipe says. */
class TrainingNormalizationTest {
  private static final WordSegmenter SEG = WordSegmenter.of(WordSegmenter.Mode.FAST);
  private static final HashedFeatures FEATURES = new HashedFeatures(16);
  /** Full-width Latin letters, digits and punctuation, an ideographic space, a ligature and doubled spaces. */
  private static final String FULL_WIDTH = "ＡＩ模型的训练数据需要清洗，ｖｅｒｓｉｏｎ　２．０　ｏｆ   the ﬁle。\r\n"
      + "Ｄａｔａ   ｑｕａｌｉｔｙ　ｍａｔｔｅｒｓ！";

  private static String refined(String text) {
    return new DocumentRefiner(Recipes.fromYaml("""
        name: n
        output: /tmp/unused
        sources: [{name: s, path: /tmp/unused}]
        """)).refine(RawRecord.document("s", "in.jsonl", 1, "d", text, Map.of())).text();
  }

  @Test
  void fullWidthTrainingTextHasTheFeaturesOfTheTextThePipelineScores() {
    String pipelineText = refined(FULL_WIDTH);
    assertThat(pipelineText).contains("AI模型", "version 2.0 of the file", "Data quality matters!");
    HashedFeatures.Sparse training = QualityModelTrainer.features(FULL_WIDTH,
        Normalization.from(NormalizeSpec.defaults()), SEG, FEATURES);
    HashedFeatures.Sparse scored = FEATURES.of(new DocumentAnalysis("s", pipelineText, SEG));
    assertThat(training.indices()).containsExactly(scored.indices());
    assertThat(training.values()).containsExactly(scored.values());

    // without normalization the features differ: this is what the trainer used to see
    HashedFeatures.Sparse raw = QualityModelTrainer.features(FULL_WIDTH, List.of(), SEG, FEATURES);
    assertThat(raw.indices()).isNotEqualTo(scored.indices());
  }

  @Test
  void sameScoreForTheFullWidthAndTheNormalizedForm() {
    HashedFeatures f = new HashedFeatures(10);
    double[] w = new double[f.dimension()];
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.sin(i); // any fixed weights
    }
    QualityModel model = new QualityModel(f, "fast", w, 0.1);
    String normalized = refined(FULL_WIDTH);
    HashedFeatures.Sparse x = QualityModelTrainer.features(FULL_WIDTH, Normalization.from(NormalizeSpec.defaults()),
        SEG, f);
    double z = 0.1;
    for (int i = 0; i < x.indices().length; i++) {
      z += w[x.indices()[i]] * x.values()[i];
    }
    assertThat(1 / (1 + Math.exp(-z))).isEqualTo(model.score(new DocumentAnalysis("s", normalized, SEG)));
  }

  @Test
  void textEmptyAfterNormalizationIsLeftOut() {
    assertThat(QualityModelTrainer.features("\u200B \t\r\n ", Normalization.from(NormalizeSpec.defaults()), SEG,
        FEATURES)).isNull();
  }
}
