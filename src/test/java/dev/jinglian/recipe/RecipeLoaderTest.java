package dev.jinglian.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecipeLoaderTest {
  private static final String MINIMAL = """
      name: t
      output: /tmp/out
      sources:
        - name: web
          path: data/*.jsonl
      """;

  @Test
  void minimalRecipeGetsDocumentedDefaults() {
    Recipe r = RecipeLoader.parse(MINIMAL, "r.yaml");
    assertThat(r.seed()).isEqualTo(Recipe.SEED_DEFAULT);
    assertThat(r.tokenizer().encoding()).isEqualTo("cl100k_base");
    assertThat(r.tokenizer().segmenter()).isEqualTo("fast");
    assertThat(r.normalize().unicodeForm()).isEqualTo("NFKC");
    assertThat(r.sources().get(0).format()).isEqualTo(InputFormat.JSONL);
    assertThat(r.sources().get(0).textField()).isEqualTo("text");
    assertThat(r.filters().byFamily()).containsKey("length");
    assertThat(r.shards().targetTokens()).isEqualTo(ShardSpec.TARGET_TOKENS_DEFAULT);
  }

  @Test
  void unknownKeyFailsWithFileLineAndKnownKeys() {
    String yaml = MINIMAL + "    txt_field: body\n";
    assertThatThrownBy(() -> RecipeLoader.parse(yaml, "r.yaml"))
        .isInstanceOf(RecipeException.class)
        .hasMessageStartingWith("r.yaml:6:")
        .hasMessageContaining("sources[0].txt_field")
        .hasMessageContaining("unknown key 'txt_field'")
        .hasMessageContaining("text_field");
  }

  @Test
  void unknownFilterFailsWithItsLine() {
    String yaml = MINIMAL + "filters:\n  length: {min_chars: 5}\n  gopherish: {}\n";
    assertThatThrownBy(() -> RecipeLoader.parse(yaml, "r.yaml"))
        .hasMessageStartingWith("r.yaml:8:")
        .hasMessageContaining("unknown filter 'gopherish'")
        .hasMessageContaining("known filters: ");
  }

  @Test
  void invalidValuesFailWithTheConstructorsMessageAndKey() {
    assertThatThrownBy(() -> RecipeLoader.parse(MINIMAL + "tokenizer: {encoding: gpt2}\n", "r.yaml"))
        .hasMessageContaining("tokenizer encoding must be one of")
        .hasMessageContaining("gpt2");
    assertThatThrownBy(() -> RecipeLoader.parse(MINIMAL + "shards: {target_tokens: -5}\n", "r.yaml"))
        .hasMessageContaining("shards.target_tokens must be positive, got -5");
    assertThatThrownBy(() -> RecipeLoader.parse(MINIMAL + "filters: {length: {min_chars: 9, max_chars: 3}}\n",
        "r.yaml")).hasMessageContaining("need 0 <= min_chars <= max_chars");
    assertThatThrownBy(() -> RecipeLoader.parse(MINIMAL.replace("name: web", "name: Web Crawl"), "r.yaml"))
        .hasMessageContaining("source name 'Web Crawl' must match");
    assertThatThrownBy(() -> RecipeLoader.parse(MINIMAL.replace("jsonl\n", "jsonl\n    format: xml\n"),
        "r.yaml")).hasMessageContaining("unknown format 'xml'");
  }

  @Test
  void missingRequiredKeysAndDuplicateSourcesAreRejected() {
    assertThatThrownBy(() -> RecipeLoader.parse("name: t\nsources: []\n", "r.yaml"))
        .hasMessageContaining("output");
    String dup = MINIMAL + "  - name: web\n    path: other/*.jsonl\n";
    assertThatThrownBy(() -> RecipeLoader.parse(dup, "r.yaml"))
        .hasMessageContaining("source name 'web' is used twice");
  }

  @Test
  void disabledFilterIsKeptInTheRecipeButNotBuilt() {
    Recipe r = RecipeLoader.parse(MINIMAL + "filters: {length: {enabled: false}}\n", "r.yaml");
    assertThat(r.filters().byFamily().get("length").enabled()).isFalse();
    assertThat(r.filters().buildEnabled()).noneMatch(f -> f.family().equals("length"));
  }

  @Test
  void canonicalHashIgnoresFormattingButNotValues() {
    Recipe a = RecipeLoader.parse(MINIMAL, "a.yaml");
    Recipe b = RecipeLoader.parse(MINIMAL.replace("output: /tmp/out", "output:   /tmp/out  # same"), "b.yaml");
    Recipe c = RecipeLoader.parse(MINIMAL + "seed: 7\n", "c.yaml");
    assertThat(RecipeLoader.sha256(a)).isEqualTo(RecipeLoader.sha256(b)).isNotEqualTo(RecipeLoader.sha256(c));
  }

  @Test
  void aSourceCanOverrideFilterParametersForItselfOnly() {
    Recipe r = RecipeLoader.parse(MINIMAL + "    filters: {length: {min_chars: 200}}\n  - name: books\n    path: b/*\n"
        + "filters: {length: {min_chars: 20}}\n", "r.yaml");
    assertThat(((dev.jinglian.quality.LengthFilter.Params) r.filtersFor("web").byFamily().get("length")).minChars())
        .isEqualTo(200);
    assertThat(((dev.jinglian.quality.LengthFilter.Params) r.filtersFor("books").byFamily().get("length")).minChars())
        .isEqualTo(20);
    assertThat(r.filtersFor("web").byFamily().keySet()).isEqualTo(r.filtersFor("books").byFamily().keySet());
  }
}
