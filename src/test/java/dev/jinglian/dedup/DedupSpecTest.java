package dev.jinglian.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jinglian.job.GlobalStage;
import dev.jinglian.job.GlobalStages;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.recipe.RecipeException;
import dev.jinglian.testing.Recipes;
import org.junit.jupiter.api.Test;

class DedupSpecTest {
  private static final String BASE = "name: r\noutput: /tmp/x\nsources:\n  - {name: web, path: /in}\n";

  @Test
  void defaultsRunExactThenNearDedup() {
    Recipe r = Recipes.fromYaml(BASE);
    NearDedupSpec near = r.dedup().near();
    assertThat(r.dedup().exact().enabled()).isTrue();
    assertThat(near.enabled()).isTrue();
    assertThat(near.threshold()).isEqualTo(0.8);
    assertThat(near.numPerm()).isEqualTo(128);
    assertThat(near.ngramZh()).isEqualTo(5);
    assertThat(near.ngramWords()).isEqualTo(5);
    assertThat(near.seed()).isEqualTo(1L);
    assertThat(near.verify()).isTrue();
    assertThat(near.keep()).isEqualTo(KeepRule.LOWEST_ID);
    assertThat(GlobalStages.from(r)).extracting(GlobalStage::name).containsExactly("dedup_exact", "dedup_near");
  }

  @Test
  void recipeKeysBindAndStagesCanBeSwitchedOff() {
    Recipe r = Recipes.fromYaml(BASE + "dedup:\n  exact: {enabled: false}\n  near: {threshold: 0.7, num_perm: 64, "
        + "ngram_zh: 4, ngram_words: 3, bands: 8, rows: 8, seed: 9, verify: false, keep: longest}\n");
    NearDedupSpec near = r.dedup().near();
    assertThat(near.threshold()).isEqualTo(0.7);
    assertThat(near.numPerm()).isEqualTo(64);
    assertThat(near.ngramZh()).isEqualTo(4);
    assertThat(near.ngramWords()).isEqualTo(3);
    assertThat(near.lshBands()).isEqualTo(new LshBands(8, 8));
    assertThat(near.seed()).isEqualTo(9L);
    assertThat(near.verify()).isFalse();
    assertThat(near.keep()).isEqualTo(KeepRule.LONGEST);
    assertThat(GlobalStages.from(r)).extracting(GlobalStage::name).containsExactly("dedup_near");
    Recipe none = Recipes.fromYaml(BASE + "dedup: {exact: {enabled: false}, near: {enabled: false}}\n");
    assertThat(GlobalStages.from(none)).isEmpty();
  }

  @Test
  void badValuesFailNamingTheKeyAndLine() {
    assertThatThrownBy(() -> Recipes.fromYaml(BASE + "dedup:\n  near: {threshold: 1.5}\n"))
        .isInstanceOf(RecipeException.class)
        .hasMessageContaining("test-recipe.yaml:6")
        .hasMessageContaining("dedup.near.threshold must be in (0, 1), got 1.5");
    assertThatThrownBy(() -> Recipes.fromYaml(BASE + "dedup:\n  near: {thresold: 0.7}\n"))
        .hasMessageContaining("unknown key 'thresold'");
    assertThatThrownBy(() -> Recipes.fromYaml(BASE + "dedup:\n  near: {keep: newest}\n"))
        .hasMessageContaining("keep must be one of lowest_id, longest, got 'newest'");
    assertThatThrownBy(() -> Recipes.fromYaml(BASE + "dedup:\n  near: {num_perm: 1}\n"))
        .hasMessageContaining("dedup.near.num_perm must be in [2, 1024], got 1");
    assertThatThrownBy(() -> Recipes.fromYaml(BASE + "dedup:\n  near: {ngram_zh: 0}\n"))
        .hasMessageContaining("dedup.near.ngram_zh must be in [1, 64], got 0");
  }

  @Test
  void boilerplateLinesAreOffByDefaultAndBindTheirKeys() {
    LineDedupSpec off = Recipes.fromYaml(BASE).dedup().lines();
    assertThat(off.enabled()).isFalse();
    assertThat(off.unit()).isEqualTo(LineUnit.LINE);
    assertThat(off.minDocuments()).isEqualTo(10);
    assertThat(off.minWidth()).isEqualTo(10);
    assertThat(off.foldDigits()).isTrue();
    assertThat(off.maxBoilerplate()).isEqualTo(1_000_000);
    LineDedupSpec on = Recipes.fromYaml(BASE + "dedup:\n  lines: {enabled: true, unit: paragraph, min_documents: 3, "
        + "min_width: 4, fold_digits: false, max_boilerplate: 500}\n").dedup().lines();
    assertThat(on).isEqualTo(new LineDedupSpec(true, LineUnit.PARAGRAPH, 3, 4, false, 500));
    assertThatThrownBy(() -> Recipes.fromYaml(BASE + "dedup:\n  lines: {min_documents: 1}\n"))
        .hasMessageContaining("test-recipe.yaml:6")
        .hasMessageContaining("dedup.lines.min_documents must be at least 2");
    assertThatThrownBy(() -> Recipes.fromYaml(BASE + "dedup:\n  lines: {unit: sentence}\n"))
        .hasMessageContaining("unit must be one of line, paragraph, got 'sentence'");
    assertThatThrownBy(() -> Recipes.fromYaml(BASE + "dedup:\n  lines: {max_boilerplate: 0}\n"))
        .hasMessageContaining("dedup.lines.max_boilerplate must be in [1, 134217728], got 0");
  }

  @Test
  void recipeWithOutputKeepsTheDedupSection() {
    Recipe r = Recipes.fromYaml(BASE + "dedup: {near: {threshold: 0.9}}\n");
    assertThat(r.withOutput("/elsewhere").dedup()).isEqualTo(r.dedup());
  }
}
