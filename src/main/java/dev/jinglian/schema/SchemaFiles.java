package dev.jinglian.schema;

import dev.jinglian.doc.WorkTable;
import dev.jinglian.job.DocumentRefiner;
import dev.jinglian.job.RefineJob;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.shard.Manifest;
import dev.jinglian.util.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contents of {@code schemas/}: JSON Schemas of the recipe and the manifest, and the Parquet (Spark) schema of
 * shards for a recipe. {@code jinglian schemas} writes them; a test checks the committed files equal them.
 */
public final class SchemaFiles {
  public static final String RECIPE = "recipe.schema.json";
  public static final String MANIFEST = "manifest.schema.json";
  public static final String SHARD = "shard.schema.json";

  private SchemaFiles() {}

  /** File name → content. The shard schema is the one {@code recipe} produces (signals of its filters). */
  public static Map<String, String> render(Recipe recipe) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(RECIPE, Json.write(JsonSchemaGenerator.forRecord(Recipe.class, "Jinglian recipe")));
    files.put(MANIFEST, Json.write(JsonSchemaGenerator.forRecord(Manifest.class, "Jinglian run manifest")));
    String shard = RefineJob.shardSchema(new WorkTable(DocumentRefiner.signalNames(recipe),
        DocumentRefiner.listNames(recipe), false)).prettyJson();
    files.put(SHARD, shard + "\n");
    return files;
  }
}
