package dev.jinglian.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad mixes fail at load time, before Spark, naming the file, line and key. */
class MixRecipeTest {
  @TempDir
  Path dir;

  private static final String BASE = """
      name: base
      output: /tmp/out
      sources:
        - name: web
          path: web/*.jsonl
        - name: books
          path: books/*.jsonl
      """;

  private Path write(String name, String yaml) throws IOException {
    return Files.writeString(dir.resolve(name), yaml);
  }

  @Test
  void weightsThatDoNotSumToOneFail() throws IOException {
    Path r = write("r.yaml", BASE + "mix:\n  total_tokens: 1000\n  sources:\n    web: {weight: 0.5}\n"
        + "    books: {weight: 0.4}\n");
    assertThatThrownBy(() -> RecipeLoader.load(r)).hasMessageStartingWith(r + ":8:1:")
        .hasMessageContaining("mix: weights must sum to 1, they sum to 0.9");
  }

  @Test
  void unknownSourceInAMixFailsAtItsLine() throws IOException {
    Path r = write("r.yaml", BASE + "stages:\n  - name: one\n    mix:\n      sources:\n        web: {tokens: 10}\n"
        + "        wiki: {tokens: 10}\n");
    assertThatThrownBy(() -> RecipeLoader.load(r)).hasMessageStartingWith(r + ":13:9:")
        .hasMessageContaining("stages[0].mix.sources.wiki: unknown source 'wiki' (sources: books, web)");
  }

  @Test
  void negativeBudgetsFail() throws IOException {
    Path r = write("r.yaml", BASE + "mix:\n  sources:\n    web: {tokens: -5}\n");
    assertThatThrownBy(() -> RecipeLoader.load(r)).hasMessageStartingWith(r + ":10:5:")
        .hasMessageContaining("mix.sources.web: tokens must not be negative, got -5");
    Path t = write("t.yaml", BASE + "mix:\n  total_tokens: -1\n  sources:\n    web: {weight: 1.0}\n");
    assertThatThrownBy(() -> RecipeLoader.load(t)).hasMessageContaining("total_tokens must not be negative, got -1");
  }

  @Test
  void weightsAndAbsoluteTargetsCannotBeMixedAndWeightsNeedATotal() throws IOException {
    Path r = write("r.yaml", BASE + "mix:\n  total_tokens: 100\n  sources:\n    web: {weight: 1.0}\n"
        + "    books: {tokens: 5}\n");
    assertThatThrownBy(() -> RecipeLoader.load(r)).hasMessageContaining("either weights or absolute tokens");
    Path t = write("t.yaml", BASE + "mix:\n  sources:\n    web: {weight: 1.0}\n");
    assertThatThrownBy(() -> RecipeLoader.load(t)).hasMessageContaining("a weighted mix needs total_tokens");
  }

  @Test
  void unknownFilterAndUnknownKeysInsideAMixFail() throws IOException {
    Path r = write("r.yaml", BASE + "filters:\n  perplexity: {}\n");
    assertThatThrownBy(() -> RecipeLoader.load(r)).hasMessageStartingWith(r + ":9:3:")
        .hasMessageContaining("unknown filter 'perplexity'");
    Path t = write("t.yaml", BASE + "mix:\n  sources:\n    web: {tokens: 5, epochs: 2}\n");
    assertThatThrownBy(() -> RecipeLoader.load(t)).hasMessageContaining("unknown key 'epochs'")
        .hasMessageContaining("max_epochs");
  }

  @Test
  void includeOverridesKeysOfTheBaseAndMergesMaps() throws IOException {
    write("base.yaml", BASE + "seed: 1\ntokenizer: {encoding: o200k_base, segmenter: standard}\n");
    Path variant = write("variant.yaml", "include: base.yaml\nname: variant\ntokenizer: {segmenter: fast}\n"
        + "mix:\n  sources:\n    books: {tokens: 100, max_epochs: 3}\n");
    Recipe r = RecipeLoader.load(variant);
    assertThat(r.name()).isEqualTo("variant");
    assertThat(r.seed()).isEqualTo(1);
    assertThat(r.tokenizer().encoding()).isEqualTo("o200k_base");
    assertThat(r.tokenizer().segmenter()).isEqualTo("fast");
    assertThat(r.mixStages()).singleElement().satisfies(s -> assertThat(s.mix().targetTokens("books")).isEqualTo(100));
  }

  @Test
  void includeCyclesAndErrorsInAnIncludedFileAreReportedWithTheirFile() throws IOException {
    write("a.yaml", "include: b.yaml\nname: a\n");
    write("b.yaml", "include: a.yaml\nname: b\n");
    assertThatThrownBy(() -> RecipeLoader.load(dir.resolve("a.yaml")))
        .hasMessageContaining("include cycle: a.yaml -> b.yaml -> a.yaml");
    Path base = write("bad-base.yaml", BASE + "shards: {target_tokens: 0}\n");
    Path child = write("child.yaml", "include: bad-base.yaml\nname: child\n");
    assertThatThrownBy(() -> RecipeLoader.load(child)).hasMessageStartingWith(base + ":8:")
        .hasMessageContaining("shards.target_tokens must be positive");
  }
}
