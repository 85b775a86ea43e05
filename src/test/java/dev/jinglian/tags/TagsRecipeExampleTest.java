package dev.jinglian.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.doc.WorkTable;
import dev.jinglian.job.DocumentRefiner;
import dev.jinglian.job.RefineJob;
import dev.jinglian.recipe.MixSpec;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.recipe.RecipeLoader;
import dev.jinglian.recipe.SourceTarget;
import dev.jinglian.testing.SharedSpark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** jobs/zh-tags-select.yaml selects on tag columns the shards really have, with classical capped at 5 %. */
class TagsRecipeExampleTest {
  @Test
  void everySelectionResolvesAgainstTheShardSchema() {
    Recipe recipe = RecipeLoader.load(Path.of("jobs/zh-tags-select.yaml"));
    StructType shard = RefineJob.shardSchema(new WorkTable(DocumentRefiner.signalNames(recipe)));
    assertThat(shard.fieldNames()).contains(RegisterTags.MODERN_SCORE, RegisterTags.TRADITIONAL_SHARE,
        ContentTags.CODE_LINE_SHARE, WordTags.OOV_RATIO, NameTags.PERSON_NAMES);
    Dataset<Row> empty = SharedSpark.get().createDataFrame(List.of(), shard);
    MixSpec mix = recipe.stages().get(0).mix();
    List<String> wheres = new ArrayList<>();
    wheres.add(mix.select().where());
    for (SourceTarget t : mix.sources().values()) {
      if (t.select() != null && t.select().where() != null) {
        wheres.add(t.select().where());
      }
    }
    assertThat(wheres).hasSize(4).anyMatch(w -> w.contains(RegisterTags.MODERN_SCORE));
    for (String where : wheres) {
      assertThat(empty.filter(where).count()).as(where).isZero();
    }
    assertThat(mix.sources().get("zh-poetry").weight()).isEqualTo(0.05);
  }
}
