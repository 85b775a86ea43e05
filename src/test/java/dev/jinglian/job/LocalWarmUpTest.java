package dev.jinglian.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.recipe.Recipe;
import dev.jinglian.testing.Recipes;
import dev.jinglian.testing.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local warm-up refines only its budget of documents, survives any input and leaves the run's output as is. */
class LocalWarmUpTest {
  @TempDir
  Path dir;

  private static String docs(int n, int chars) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String body = ("预热文档第" + i + "条。 Warm-up document number " + i + ". ").repeat(chars);
      b.append("{\"text\":\"").append(body, 0, chars).append("\"}\n");
    }
    return b.toString();
  }

  private Recipe recipe(String sources) {
    return Recipes.fromYaml("name: warm\noutput: " + dir.resolve("out") + "\nsources:\n" + sources);
  }

  @Test
  void refinesDocumentsUntilEachSourceHasUsedItsShareOfTheBudget() throws IOException {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a/x.jsonl"), docs(100, 1_000));
    Files.writeString(dir.resolve("b/y.jsonl"), docs(100, 500));
    Recipe recipe = recipe("  - name: a\n    path: " + dir.resolve("a") + "\n  - name: b\n    path: "
        + dir.resolve("b") + "\n");

    // 20,000 characters: 10,000 per source, i.e. 10 documents of a and 20 of b
    assertThat(LocalWarmUp.warm(recipe, new Configuration(), 20_000)).isEqualTo(30);
    assertThat(LocalWarmUp.warm(recipe, new Configuration(), 1_000_000)).isEqualTo(200);
  }

  @Test
  void skipsBadAndOversizedRecordsAndNeverThrows() throws IOException {
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("a/x.jsonl"), "{bad json\n" + docs(1, LocalWarmUp.MAX_DOC_CHARS + 1)
        + "{\"text\": 5}\n" + docs(3, 100));
    Recipe hostile = recipe("  - name: a\n    path: " + dir.resolve("a") + "\n");
    assertThat(LocalWarmUp.warm(hostile, new Configuration(), 1_000_000)).isEqualTo(3);

    Recipe missing = recipe("  - name: a\n    path: " + dir.resolve("nothing-here/*.jsonl") + "\n");
    assertThat(LocalWarmUp.warm(missing, new Configuration(), 1_000_000)).isZero();
  }

  @Test
  void startsOnlyForLocalMasters() throws InterruptedException {
    Recipe recipe = recipe("  - name: a\n    path: " + dir.resolve("none") + "\n");
    assertThat(LocalWarmUp.startIfLocal(recipe, "spark://127.0.0.1:7077")).isNull();
    Thread t = LocalWarmUp.startIfLocal(recipe, "local[2]");
    assertThat(t).isNotNull();
    assertThat(t.isDaemon()).isTrue();
    t.join(60_000);
    assertThat(t.isAlive()).isFalse();
  }

  @Test
  void aRunWithTheWarmUpBesideItWritesTheSameBytes() throws Exception {
    Files.createDirectories(dir.resolve("in"));
    Files.writeString(dir.resolve("in/x.jsonl"), docs(400, 300));
    Recipe recipe = Recipes.fromYaml("name: warm\noutput: " + dir.resolve("out") + "\nsources:\n  - name: s\n"
        + "    path: " + dir.resolve("in") + "\nshards:\n  target_tokens: 2000\n");
    new RefineJob(SharedSpark.get(), recipe, GlobalStages.from(recipe)).run(new RunOptions(false, false));
    String manifest = Files.readString(dir.resolve("out/manifest.json"));
    List<byte[]> shards = shardBytes();
    assertThat(shards).isNotEmpty();

    Thread warmUp = new Thread(() -> LocalWarmUp.warm(recipe, new Configuration(), Long.MAX_VALUE));
    warmUp.start();
    new RefineJob(SharedSpark.get(), recipe, GlobalStages.from(recipe)).run(new RunOptions(true, false));
    warmUp.join();

    assertThat(Files.readString(dir.resolve("out/manifest.json"))).isEqualTo(manifest);
    assertThat(shardBytes()).containsExactlyElementsOf(shards);
  }

  private List<byte[]> shardBytes() throws IOException {
    try (var files = Files.list(dir.resolve("out/shards"))) {
      List<byte[]> out = new java.util.ArrayList<>();
      for (Path p : files.sorted().toList()) {
        out.add(Files.readAllBytes(p));
      }
      return out;
    }
  }
}
