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
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that crashed after the read-and-refine stage resumes from its checkpoint when the recipe and the inputs
 * are unchanged, recomputes when an input changed or with --force, and writes the same bytes either way. The
 * global stages (dedup, decontamination) resume the same way, in order, with their statistics files, and so does
 * the pool of clean documents that a recipe's mix stages sample from.
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

  @Test
  void globalStagesResumeInOrderUntilTheFirstOneThatDidNotComplete() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    StringBuilder b = new StringBuilder();
    String question = "A farmer plants 12 rows of apple trees with 15 trees in each row and sells the apples of "
        + "every third tree to the market on Sunday morning; how many trees does the farmer keep for his family";
    for (int i = 0; i < 24; i++) {
      String text = "第" + i + "篇：山区小学的孩子们每天要走两个小时的山路去上学，老师们在简陋的教室里坚持教学，"
          + "村里的老人说这条路已经走了几十年。 Document " + i + " tells how the school bus finally came in spring.";
      b.append(line(Map.of("id", "d" + i, "text", text))).append('\n');
      if (i % 6 == 0) { // an exact copy and a copy with one word changed
        b.append(line(Map.of("id", "copy" + i, "text", text))).append('\n');
        b.append(line(Map.of("id", "near" + i, "text", text.replace("spring", "autumn")))).append('\n');
      }
    }
    b.append(line(Map.of("id", "leak", "text", "Homework thread. " + question + "? Thanks!")))
        .append('\n');
    Files.writeString(in.resolve("a.jsonl"), b);
    Path bench = dir.resolve("bench.jsonl");
    Files.writeString(bench, line(Map.of("question", question, "answer", "108")) + "\n");
    Path out = dir.resolve("out");
    Recipe recipe = Recipes.fromYaml("name: resume-stages\noutput: " + out + "\nsources:\n  - name: s\n    path: "
        + in + "\nfilters: {gopher_quality: {enabled: false}, gopher_repetition: {enabled: false},"
        + " chinese: {enabled: false}, length: {enabled: false}}\n"
        + "decontaminate:\n  benchmarks: [{name: quiz, path: " + bench + ", fields: [question]}]\n");
    List<String> stages = List.of("dedup_exact", "dedup_near", "decontaminate");

    RunResult first = run(recipe);
    assertThat(first.stageMillis()).containsKeys(stages.toArray(String[]::new));
    assertThat(first.stats().source("s").rejected().docs()).as("exact, near and benchmark copies").isEqualTo(9);
    Map<String, byte[]> outputs = outputs(out);
    assertThat(outputs).containsKeys("stats/dedup.json", "stats/dedup_stages.json", "stats/decontaminate.json");

    crashAfterRefine(out);
    RunResult resumed = run(recipe);
    assertThat(resumed.stageMillis()).containsKeys("read_refine_resumed", "dedup_exact_resumed",
        "dedup_near_resumed", "decontaminate_resumed").doesNotContainKeys(stages.toArray(String[]::new));
    assertSameBytes(outputs, outputs(out));

    // the near stage did not complete: the exact stage is reused, the near stage and all after it recompute
    crashAfterRefine(out);
    Files.delete(out.resolve("_work/dedup_near.done"));
    RunResult partly = run(recipe);
    assertThat(partly.stageMillis()).containsKeys("dedup_exact_resumed", "dedup_near", "decontaminate")
        .doesNotContainKeys("dedup_near_resumed", "decontaminate_resumed");
    assertSameBytes(outputs, outputs(out));
  }

  @Test
  void theMixPoolResumesAfterTheStagesBeforeIt() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      b.append("{\"text\":\"配比续跑测试的第").append(i).append("条文档，内容足够长可以保留。 Mix resume document ")
          .append(i).append(" with a few more words to count.\"}\n");
    }
    Files.writeString(in.resolve("a.jsonl"), b);
    Path out = dir.resolve("out");
    Recipe recipe = Recipes.fromYaml("name: resume-mix\nseed: 5\noutput: " + out + "\nsources:\n  - name: s\n"
        + "    path: " + in + "\nshards:\n  target_tokens: 300\nmix:\n  total_tokens: 600\n  sources:\n"
        + "    s: {weight: 1.0}\n");

    RunResult first = run(recipe);
    assertThat(first.stageMillis()).containsKeys("read_refine", "checkpoint_clean");
    Map<String, byte[]> outputs = outputs(out);

    crashAfterRefine(out);
    RunResult resumed = run(recipe);
    assertThat(resumed.stageMillis()).containsKeys("read_refine_resumed", "checkpoint_clean_resumed")
        .doesNotContainKeys("read_refine", "checkpoint_clean");
    assertSameBytes(outputs, outputs(out));

    // the pool was not completed: the refined checkpoint is reused, the pool is written again
    crashAfterRefine(out);
    Files.delete(out.resolve("_work/clean.done"));
    RunResult partly = run(recipe);
    assertThat(partly.stageMillis()).containsKeys("read_refine_resumed", "checkpoint_clean")
        .doesNotContainKey("checkpoint_clean_resumed");
    assertSameBytes(outputs, outputs(out));
  }

  /** One JSON object on one line (the shared writer indents). */
  private static String line(Map<String, String> fields) throws IOException {
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(fields);
  }

  private static RunResult run(Recipe recipe) throws IOException {
    return new RefineJob(SharedSpark.get(), recipe, GlobalStages.from(recipe)).run(new RunOptions(false, true));
  }

  /** Every file of a finished run except the report (which shows timings), by path relative to the run. */
  private static Map<String, byte[]> outputs(Path out) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (String name : List.of("manifest.json", "shards", "rejected", "quarantine", "stats")) {
      try (Stream<Path> s = Files.walk(out.resolve(name))) {
        for (Path f : s.filter(Files::isRegularFile).filter(f -> !f.endsWith("timings.json")).toList()) {
          files.put(out.relativize(f).toString(), Files.readAllBytes(f));
        }
      }
    }
    return files;
  }

  private static void assertSameBytes(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((f, bytes) -> assertThat(actual.get(f)).as(f).isEqualTo(bytes));
  }
}
