package dev.jinglian.testing;

import dev.jinglian.recipe.Recipe;
import dev.jinglian.recipe.RecipeLoader;

/** Builds recipes for tests from YAML text. */
public final class Recipes {
  private Recipes() {}

  public static Recipe fromYaml(String yaml) {
    return RecipeLoader.parse(yaml, "test-recipe.yaml");
  }
}
