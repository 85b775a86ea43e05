package dev.jinglian.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jinglian.recipe.RecipeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed schemas/ files are what the code produces (regenerate: ./jinglian schemas jobs/sample.yaml). */
class SchemaFilesTest {
  @Test
  void committedSchemasMatchTheCode() throws IOException {
    Map<String, String> expected = SchemaFiles.render(RecipeLoader.load(Path.of("jobs/sample.yaml")));
    for (Map.Entry<String, String> e : expected.entrySet()) {
      assertThat(Files.readString(Path.of("schemas", e.getKey())))
          .as("schemas/%s is stale: run ./jinglian schemas jobs/sample.yaml", e.getKey())
          .isEqualTo(e.getValue());
    }
  }

  @Test
  void recipeReferenceIsCurrentAndDescribesEveryKey() throws IOException {
    String reference = RecipeReference.render();
    assertThat(Files.readString(Path.of("docs/RECIPE.md")))
        .as("docs/RECIPE.md is stale: run ./jinglian schemas jobs/sample.yaml").isEqualTo(reference);
    assertThat(reference).contains("| `target_tokens` | integer | `100000000` |")
        .contains("| `max_epochs` | number | `1.0` |").contains("## `sources[]`").contains("## `filters.length`");
    for (String line : reference.lines().filter(l -> l.startsWith("| `")).toList()) {
      assertThat(line).as("every key has a meaning").doesNotEndWith("|  |");
    }
  }

  @Test
  void recipeSchemaDescribesEveryRecipeKeyAndRejectsUnknownOnes() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(SchemaFiles.render(RecipeLoader.load(Path.of("jobs/sample.yaml")))
        .get(SchemaFiles.RECIPE));
    assertThat(schema.at("/required").toString()).contains("name", "output", "sources");
    assertThat(schema.at("/additionalProperties").asBoolean()).isFalse();
    assertThat(schema.at("/properties/sources/items/properties/format/enum").toString())
        .contains("jsonl", "parquet", "text");
    assertThat(schema.at("/properties/filters/properties/length/properties/min_chars/type").toString())
        .contains("integer");
  }

  @Test
  void shardSchemaHasTheContractColumns() {
    String shard = SchemaFiles.render(RecipeLoader.load(Path.of("jobs/sample.yaml"))).get(SchemaFiles.SHARD);
    for (String col : new String[] {"\"id\"", "\"text\"", "\"source\"", "\"lang\"", "\"lang_score\"", "\"tokens\"",
        "\"words\""}) {
      assertThat(shard).contains("\"name\" : " + col);
    }
  }
}
