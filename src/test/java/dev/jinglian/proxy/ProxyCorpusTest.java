package dev.jinglian.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jinglian.tag.TokenCounter;
import dev.jinglian.testing.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards without a token_ids column are encoded in the manifest's encoding; without a manifest, it must be named. */
class ProxyCorpusTest {
  @TempDir
  Path dir;

  @Test
  void shardsWithoutTokenIdsAreEncodedInTheManifestsEncoding() throws Exception {
    var schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("source", DataTypes.StringType, false),
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("text", DataTypes.StringType, true)));
    List<Row> rows = List.of(RowFactory.create("zh", "a", "数据配方的小模型验证。"),
        RowFactory.create("en", "b", "Proxy models validate data recipes."));
    SharedSpark.get().createDataFrame(rows, schema).write().parquet(dir.resolve("shards").toString());
    Files.writeString(dir.resolve("manifest.json"), "{\"tokenizer\": {\"encoding\": \"o200k_base\"}}");

    ProxyCorpus corpus = ProxyCorpus.open(SharedSpark.get(), dir.toString(), null);
    assertThat(corpus.reencoded()).isTrue();
    assertThat(corpus.encoding()).isEqualTo("o200k_base");
    assertThat(corpus.vocabSize()).isEqualTo(200_019);
    TokenCounter o200k = TokenCounter.named("o200k_base");
    for (Row r : corpus.docs().orderBy("id").collectAsList()) {
      String text = r.getString(1).equals("a") ? "数据配方的小模型验证。" : "Proxy models validate data recipes.";
      assertThat(r.<Integer>getList(3)).containsExactly(java.util.Arrays.stream(o200k.encode(text)).boxed()
          .toArray(Integer[]::new));
      assertThat(r.getLong(2)).isEqualTo(r.getList(3).size());
    }
    // the shards directory itself finds the manifest next to it
    assertThat(ProxyCorpus.open(SharedSpark.get(), dir.resolve("shards").toString(), null).encoding())
        .isEqualTo("o200k_base");
    Files.delete(dir.resolve("manifest.json"));
    assertThatThrownBy(() -> ProxyCorpus.open(SharedSpark.get(), dir.resolve("shards").toString(), null))
        .hasMessageContaining("has no manifest.json to name its tokenizer");
    assertThat(ProxyCorpus.open(SharedSpark.get(), dir.resolve("shards").toString(), "cl100k_base").vocabSize())
        .isEqualTo(100_277);
  }
}
