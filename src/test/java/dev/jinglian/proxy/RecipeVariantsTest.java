package dev.jinglian.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jinglian.quality.LengthFilter;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.testing.Recipes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A grid turns recipes into variants: every combination, each with token ids, a label and its own directory. */
class RecipeVariantsTest {
  private static final Recipe BASE = Recipes.fromYaml("""
      name: base
      output: somewhere
      sources: [{name: web, path: /data/web.jsonl}]
      """);

  @Test
  void everyCombinationOfTwoAxesWithTokenIdsAndItsOwnOutput() {
    List<RecipeVariants.Variant> variants = RecipeVariants.expand(List.of(BASE), List.of("base.yaml"),
        List.of(RecipeVariants.Axis.parse("filters.length.min_chars=10,200"),
            RecipeVariants.Axis.parse("tokenizer.encoding=cl100k_base,o200k_base")), "/tmp/cmp/runs");
    assertThat(variants).hasSize(4);
    RecipeVariants.Variant last = variants.get(3);
    assertThat(last.label()).isEqualTo("base [filters.length.min_chars=200, tokenizer.encoding=o200k_base]");
    assertThat(last.slug()).isEqualTo("04-base-filters.length.min_chars=200-tokenizer.encoding=o200k_base");
    assertThat(last.recipe().output()).isEqualTo("/tmp/cmp/runs/" + last.slug());
    assertThat(last.recipe().tokenizer().encoding()).isEqualTo("o200k_base");
    assertThat(((LengthFilter.Params) last.recipe().filters().byFamily().get("length")).minChars()).isEqualTo(200);
    assertThat(variants).allSatisfy(v -> assertThat(v.recipe().shards().tokenIds()).isTrue());
    assertThat(variants.stream().map(RecipeVariants.Variant::slug).distinct()).hasSize(4);
  }

  @Test
  void noGridIsOneVariantPerRecipe() {
    List<RecipeVariants.Variant> variants = RecipeVariants.expand(List.of(BASE, BASE), List.of("a.yaml", "b.yaml"),
        List.of(), "runs");
    assertThat(variants).extracting(RecipeVariants.Variant::slug).containsExactly("01-base", "02-base");
    assertThat(variants.get(0).recipe().sources()).isEqualTo(BASE.sources());
  }

  @Test
  void aWrongKeyOrValueFailsWithTheRecipeLoadersMessage() {
    assertThatThrownBy(() -> RecipeVariants.expand(List.of(BASE), List.of("base.yaml"),
        List.of(RecipeVariants.Axis.parse("filters.length.min_charz=5")), "runs"))
        .hasMessageContaining("base.yaml with {filters.length.min_charz=5}")
        .hasMessageContaining("unknown key 'min_charz'");
    assertThatThrownBy(() -> RecipeVariants.expand(List.of(BASE), List.of("base.yaml"),
        List.of(RecipeVariants.Axis.parse("filters.length.min_chars=-1")), "runs"))
        .hasMessageContaining("need 0 <= min_chars <= max_chars, got min_chars=-1");
    assertThatThrownBy(() -> RecipeVariants.Axis.parse("filters.length.min_chars"))
        .hasMessageContaining("must look like key.path=value1,value2");
    assertThatThrownBy(() -> RecipeVariants.Axis.parse("seed=1,,2")).hasMessageContaining("has an empty value");
  }
}
