package dev.jinglian.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.recipe.Recipe;
import dev.jinglian.testing.Recipes;
import dev.jinglian.testing.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that crashed after the read-and-refine stage resumes from its checkpoint when the recipe and the inputs
 * are unchanged, recomputes when an input changed or with --force, and writes the same bytes either way.
 */
class ResumeTest {
  @TempDir
  Path dir;

  private Recipe recipe(Path in, Path out) {
    return Recipes.fromYaml("name: resume\nseed: 3\noutput: " + out + "\nsources:\n  - name: s\n    path: " + in
        + "\nshards:\n  target_tokens: 200\n");
  }

  /** Leaves the output as a crash after the refine stage would: the checkpoint, no manifest, no outputs. */
  private static void crashAfterRefine(Path out) throws IOException {
    for (String name : List.of("manifest.json", "shards", "rejected", "quarantine", "stats", "report")) {
      Path p = out.resolve(name);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
      } else {
        Files.deleteIfExists(p);
      }
    }
  }

  @Test
  void resumesFromTheRefinedCheckpointOnlyWhileRecipeAndInputsAreUnchanged() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path file = in.resolve("a.jsonl");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      b.append("{\"text\":\"断点续跑测试的第").append(i).append("条文档，内容足够长可以保留。 Resume test document ")
          .append(i).append(".\"}\n");
    }
    Files.writeString(file, b);
    Path out = dir.resolve("out");
    Recipe recipe = recipe(in, out);
    RunResult first = new RefineJob(SharedSpark.get(), recipe, List.of()).run(new RunOptions(false, true));
    assertThat(first.stageMillis()).containsKey("read_refine").doesNotContainKey("read_refine_resumed");
    String manifest = Files.readString(out.resolve("manifest.json"));

    crashAfterRefine(out);
    RunResult resumed = new RefineJob(SharedSpark.get(), recipe, List.of()).run(new RunOptions(false, true));
    assertThat(resumed.stageMillis()).containsKey("read_refine_resumed").doesNotContainKey("read_refine");
    assertThat(Files.readString(out.resolve("manifest.json"))).isEqualTo(manifest);

    // an input changed (same size, new modification time): the checkpoint is stale
    crashAfterRefine(out);
    Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));
    RunResult changed = new RefineJob(SharedSpark.get(), recipe, List.of()).run(new RunOptions(false, true));
    assertThat(changed.stageMillis()).containsKey("read_refine").doesNotContainKey("read_refine_resumed");

    // --force recomputes even with a matching checkpoint
    crashAfterRefine(out);
    RunResult forced = new RefineJob(SharedSpark.get(), recipe, List.of()).run(new RunOptions(true, false));
    assertThat(forced.stageMillis()).containsKey("read_refine").doesNotContainKey("read_refine_resumed");
    assertThat(Files.readString(out.resolve("manifest.json"))).isEqualTo(manifest);
    assertThat(out.resolve("_work")).doesNotExist();
  }
}
