package dev.jinglian.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every example recipe in jobs/ is a valid recipe (the README points users at them). */
class JobsRecipesTest {
  @Test
  void everyExampleRecipeLoads() throws IOException {
    List<Path> recipes;
    try (Stream<Path> s = Files.list(Path.of("jobs"))) {
      recipes = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(recipes).extracting(p -> p.getFileName().toString())
        .contains("sample.yaml", "bilingual-stages.yaml", "zh-web.yaml", "zh-tags-select.yaml");
    for (Path r : recipes) {
      Recipe recipe = RecipeLoader.load(r);
      assertThat(recipe.sources()).as(r.toString()).isNotEmpty();
    }
    Recipe web = RecipeLoader.load(Path.of("jobs/zh-web.yaml"));
    assertThat(web.mixStages()).singleElement()
        .satisfies(s -> assertThat(s.mix().targetTokens("crawl-zh")).isEqualTo(8_000_000_000L));
    assertThat(web.filtersFor("crawl-zh").byFamily()).containsKey("url_blocklist");
    assertThat(web.filtersFor("encyclopedia-zh").byFamily()).doesNotContainKey("url_blocklist");
  }
}
