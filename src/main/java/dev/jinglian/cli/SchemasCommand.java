package dev.jinglian.cli;

import dev.jinglian.recipe.Recipe;
import dev.jinglian.recipe.RecipeLoader;
import dev.jinglian.schema.SchemaFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jinglian schemas <recipe> --out DIR}: writes the recipe, manifest and shard schemas. */
@Command(name = "schemas", mixinStandardHelpOptions = true,
    description = "Write the JSON Schemas of the recipe and manifest and the shard Parquet schema of a recipe.")
final class SchemasCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RECIPE", description = "recipe whose shard schema to write")
  Path recipeFile;

  @Option(names = "--out", defaultValue = "schemas", description = "directory (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--reference", defaultValue = "docs/RECIPE.md",
      description = "where to write the recipe reference (default: ${DEFAULT-VALUE})")
  Path reference;

  @Override
  public Integer call() throws Exception {
    Recipe recipe = RecipeLoader.load(recipeFile);
    Files.createDirectories(out);
    for (Map.Entry<String, String> e : SchemaFiles.render(recipe).entrySet()) {
      Files.writeString(out.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      System.out.println("wrote " + out.resolve(e.getKey()));
    }
    if (reference.getParent() != null) {
      Files.createDirectories(reference.getParent());
    }
    Files.writeString(reference, dev.jinglian.schema.RecipeReference.render(), StandardCharsets.UTF_8);
    System.out.println("wrote " + reference);
    return 0;
  }
}
