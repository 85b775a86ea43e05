package dev.jinglian.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.testing.Recipes;
import dev.jinglian.testing.SharedSpark;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON Lines file read in many byte ranges gives the run a file read whole gives: the same documents with the
 * same derived ids, the same quarantine entries with the same line numbers, the same counts.
 */
class SplitInputJobTest {
  @TempDir
  Path dir;

  private RunResult run(Path input, String name, String inputSection) throws IOException {
    Path out = dir.resolve(name);
    return new RefineJob(SharedSpark.get(), Recipes.fromYaml("""
        name: split
        output: %s
        sources:
          - name: web
            path: %s
        %s
        filters:
          gopher_quality: {enabled: false}
          gopher_repetition: {enabled: false}
          chinese: {enabled: false}
        dedup: {near: {enabled: false}}
        """.formatted(out, input, inputSection)), List.of()).run(RunOptions.defaults());
  }

  private List<String> rows(Path out, String table, String... columns) {
    SparkSession spark = SharedSpark.get();
    return spark.read().parquet(out.resolve(table).toString()).selectExpr(columns).collectAsList().stream()
        .map(Object::toString).sorted().toList();
  }

  @Test
  void manySmallRangesGiveTheSameRunAsWholeFiles() throws IOException {
    Path input = Files.createDirectories(dir.resolve("in"));
    try (BufferedWriter w = Files.newBufferedWriter(input.resolve("big.jsonl"), StandardCharsets.UTF_8)) {
      for (int i = 0; i < 600; i++) {
        if (i % 97 == 5) {
          w.write("{\"text\": \"unterminated\n");
        } else if (i % 50 == 7) {
          w.write("\n");
        } else {
          w.write("{\"text\": \"第" + i + "篇文档：数据清洗的每一步都要留下记录，这一篇足够长，可以留下来。Document " + i
              + " is long enough to be kept by the length rule.\"}\n");
        }
      }
    }
    RunResult whole = run(input, "whole", "");
    RunResult split = run(input, "split", "input: {split_bytes: 3000}");

    assertThat(split.stats().source("web").read()).isEqualTo(whole.stats().source("web").read());
    assertThat(split.stats().source("web").quarantined()).isEqualTo(whole.stats().source("web").quarantined())
        .isEqualTo(7);
    assertThat(split.manifest().totals().tokens()).isEqualTo(whole.manifest().totals().tokens());
    assertThat(rows(dir.resolve("split"), "shards", "id", "text"))
        .isEqualTo(rows(dir.resolve("whole"), "shards", "id", "text")).hasSize(581);
    assertThat(rows(dir.resolve("split"), "quarantine", "line", "error"))
        .isEqualTo(rows(dir.resolve("whole"), "quarantine", "line", "error"));
  }
}
