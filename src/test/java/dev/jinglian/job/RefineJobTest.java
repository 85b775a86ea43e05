package dev.jinglian.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jinglian.cli.Main;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.stats.SourceFunnel;
import dev.jinglian.testing.Recipes;
import dev.jinglian.testing.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backbone's promises, end to end on local Spark: nothing lost, byte-identical re-runs, readable output. */
class RefineJobTest {
  @TempDir
  static Path dir;
  static SparkSession spark;
  static Path input;

  static final String[] ZH = {
      "精炼是一个面向中文的预训练数据清洗工具，它在集群上读取原始语料，规范化文本，并写出按词元计数的分片。",
      "自然语言处理是人工智能领域中的一个重要方向，研究如何让计算机理解和生成人类语言。",
      "数据配方决定了每个来源取多少词元，以及在哪个训练阶段使用它们。",
  };
  static final String[] EN = {
      "Deduplication removes copies of the same page so that a model does not memorize boilerplate.",
      "A recipe names its sources, the filters and thresholds, and the token budget for each source.",
  };

  @BeforeAll
  static void setUp() throws IOException {
    spark = SharedSpark.get();
    input = Files.createDirectories(dir.resolve("in"));
    // a clean JSONL source
    StringBuilder clean = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      String text = (i % 2 == 0 ? ZH[i % ZH.length] : EN[i % EN.length]) + " (" + i + ")";
      clean.append("{\"id\": \"c").append(i).append("\", \"text\": ").append(new ObjectMapper().writeValueAsString(text))
          .append(", \"url\": \"https://example.org/").append(i).append("\"}\n");
    }
    Files.writeString(Files.createDirectories(input.resolve("clean")).resolve("part-1.jsonl"), clean);
    // a hostile source: every kind of bad record in one place
    Path hostile = Files.createDirectories(input.resolve("hostile"));
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write("{\"text\": \"第一条好的文档，内容足够长，可以保留下来。\"}\n".getBytes(StandardCharsets.UTF_8));
    b.write("{\"text\": \"unterminated\n".getBytes());
    b.write(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}', '\n'});
    b.write("{\"text\": \"nul\u0000inside raw\"}\n".getBytes(StandardCharsets.UTF_8));
    b.write("{\"text\": [\"wrong\", \"type\"]}\n".getBytes());
    b.write("{\"text\": \"\"}\n".getBytes());
    b.write("{\"text\": \"短\"}\n".getBytes(StandardCharsets.UTF_8)); // read fine, rejected by length
    b.write("{\"text\": \"\\u0000\\u0001\\u200b\"}\n".getBytes()); // only control chars: empty after normalize
    Files.write(hostile.resolve("bad.jsonl"), b.toByteArray());
    Files.writeString(hostile.resolve("empty.jsonl"), "");
    // 20 MB in one document: 6.7 M chars, above the default max_chars, below max_record_bytes
    String big = "大型文档。".repeat(1_400_000);
    Files.writeString(Files.createDirectories(input.resolve("huge")).resolve("huge.jsonl"),
        "{\"id\": \"huge\", \"text\": \"" + big + "\"}\n");
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      for (int i = 0; i < 500; i++) {
        out.write(("{\"text\": \"压缩文件里的第" + i + "条文档，用来测试截断的情况。\"}\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] z = gz.toByteArray();
    Files.write(hostile.resolve("truncated.jsonl.gz"), java.util.Arrays.copyOf(z, z.length * 2 / 3));
    // plain text, one document per paragraph
    Files.writeString(Files.createDirectories(input.resolve("text")).resolve("notes.txt"),
        ZH[0] + "\n\n" + EN[0] + "\n\n\n" + ZH[1] + "\n");
  }

  private static Recipe recipe(String out, long seed) {
    return recipe(out, seed, "");
  }

  private static Recipe recipe(String out, long seed, String extraSources) {
    return Recipes.fromYaml("""
        name: backbone-test
        seed: %d
        output: %s
        sources:
          - name: clean
            path: %s/clean
            metadata_fields: [url]
          - name: hostile
            path: %s/hostile/*
          - name: text
            path: %s/text/*.txt
            format: text
        %s
        shards:
          target_tokens: 300
        # the backbone's promises are tested on short one-sentence documents, which Gopher's rules would drop
        filters:
          gopher_quality: {enabled: false}
          gopher_repetition: {enabled: false}
        """.formatted(seed, out, input, input, input, extraSources));
  }

  private static RunResult run(String name, long seed) throws IOException {
    return new RefineJob(spark, recipe(dir.resolve(name).toString(), seed), List.of())
        .run(RunOptions.defaults());
  }

  @Test
  void everyRecordReadIsKeptRejectedOrQuarantinedPerSource() throws IOException {
    String huge = "  - name: huge\n    path: " + input + "/huge\n";
    RunResult r = new RefineJob(spark, recipe(dir.resolve("invariant").toString(), 42, huge), List.of())
        .run(RunOptions.defaults());
    for (Map.Entry<String, SourceFunnel> e : r.stats().sources().entrySet()) {
      SourceFunnel f = e.getValue();
      assertThat(f.read()).as(e.getKey())
          .isEqualTo(f.quarantined() + f.rejected().docs() + f.kept().docs());
    }
    SourceFunnel hostile = r.stats().source("hostile");
    // bad JSON, bad UTF-8, raw NUL, wrong type, empty text, and the rest of the truncated gzip
    assertThat(hostile.quarantined()).isEqualTo(6);
    assertThat(hostile.rejectedByReason()).containsOnlyKeys("length/too_short", "normalize/empty_after_normalize");
    assertThat(r.stats().source("huge").rejectedByReason()).containsOnlyKeys("length/too_long");
    assertThat(hostile.kept().docs()).isGreaterThan(100); // the readable part of the gzip + the good line
    assertThat(r.stats().source("clean").kept().docs()).isEqualTo(40);
    assertThat(r.stats().source("text").kept().docs()).isEqualTo(3);
    // rules that did not apply are counted per rule and language: the Chinese family for the 20 English
    // documents, its length-gated rules for the 20 short Chinese ones
    Map<String, Map<String, Long>> skipped = r.stats().source("clean").skippedByRule();
    assertThat(skipped.get("chinese")).containsExactly(Map.entry("en", 20L));
    assertThat(skipped.get("chinese/keyword_stuffing")).containsExactly(Map.entry("zh-Hans", 20L));

    // the same counts can be recovered from the written outputs
    Path out = dir.resolve("invariant");
    long quarantined = spark.read().parquet(out.resolve("quarantine").toString()).count();
    long rejected = spark.read().parquet(out.resolve("rejected").toString()).count();
    long kept = spark.read().parquet(out.resolve("shards").toString()).count();
    long read = r.stats().sources().values().stream().mapToLong(SourceFunnel::read).sum();
    assertThat(quarantined + rejected + kept).isEqualTo(read);
    List<Row> bad = spark.read().parquet(out.resolve("quarantine").toString())
        .orderBy("file", "line").collectAsList();
    assertThat(bad).extracting(row -> row.getAs("error").toString())
        .anyMatch(e -> e.startsWith("invalid UTF-8 at byte 9"))
        .anyMatch(e -> e.startsWith("file unreadable from here on: EOFException"));
    assertThat(bad).allSatisfy(row -> assertThat(row.<String>getAs("file")).isNotEmpty());
  }

  @Test
  void manifestTotalsMatchTheShardsAndExportReadsThemBack() throws IOException {
    RunResult r = run("manifest", 42);
    Path out = dir.resolve("manifest");
    JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    long shardTokens = spark.read().parquet(out.resolve("shards").toString())
        .agg(org.apache.spark.sql.functions.sum("tokens")).first().getLong(0);
    assertThat(m.at("/totals/tokens").asLong()).isEqualTo(shardTokens).isGreaterThan(0);
    assertThat(m.at("/shards").size()).isGreaterThan(1); // 300-token target splits the corpus
    long perShard = 0;
    for (JsonNode s : m.at("/shards")) {
      Path f = out.resolve(s.get("path").asText());
      assertThat(Files.size(f)).isEqualTo(s.get("bytes").asLong());
      assertThat(s.get("sha256").asText())
          .isEqualTo(org.apache.commons.codec.digest.DigestUtils.sha256Hex(Files.readAllBytes(f)));
      perShard += s.get("tokens").asLong();
      assertThat(columnsWithDictionary(f)).as("text is written plain, short columns with a dictionary")
          .contains("source", "lang").doesNotContain("text");
    }
    assertThat(perShard).isEqualTo(shardTokens);
    assertThat(m.at("/sources/clean/achieved_tokens").asLong())
        .isEqualTo(r.stats().source("clean").kept().tokens());
    assertThat(m.at("/tokenizer/encoding").asText()).isEqualTo("cl100k_base");

    Path jsonl = dir.resolve("export.jsonl");
    assertThat(Main.execute("export", out.resolve("shards").toString(), "-o", jsonl.toString())).isZero();
    List<String> lines = Files.readAllLines(jsonl);
    assertThat(lines).hasSize((int) m.at("/totals/docs").asLong());
    long exportedTokens = 0;
    for (String line : lines) {
      JsonNode doc = new ObjectMapper().readTree(line);
      exportedTokens += doc.get("tokens").asLong();
      assertThat(doc.get("text").asText()).isNotBlank();
    }
    assertThat(exportedTokens).isEqualTo(shardTokens);
    assertThat(lines).anyMatch(l -> l.contains("\"url\":\"https://example.org/3\""));
    Path rejected = dir.resolve("rejected.jsonl");
    assertThat(Main.execute("export", out.resolve("rejected").toString(), "-o", rejected.toString())).isZero();
    assertThat(Files.readString(rejected)).contains("\"reason\":\"length/too_short\"");
  }

  @Test
  void sameRecipeTwiceGivesByteIdenticalManifestAndShardsAndAnotherSeedReorders() throws IOException {
    Recipe recipe = recipe(dir.resolve("det").toString(), 42);
    new RefineJob(spark, recipe, List.of()).run(RunOptions.defaults());
    Path a = dir.resolve("det-first");
    copyTree(dir.resolve("det"), a);
    new RefineJob(spark, recipe, List.of()).run(new RunOptions(true, false));
    Path b = dir.resolve("det");
    run("det-c", 7);
    assertThat(Files.readString(b.resolve("manifest.json"))).isEqualTo(Files.readString(a.resolve("manifest.json")));
    List<Path> shardsA = files(a.resolve("shards"));
    assertThat(shardsA).isNotEmpty();
    for (Path s : shardsA) {
      assertThat(Files.readAllBytes(s)).isEqualTo(Files.readAllBytes(b.resolve("shards").resolve(s.getFileName())));
    }
    for (String dirName : List.of("rejected", "quarantine")) {
      for (Path s : files(a.resolve(dirName))) {
        assertThat(Files.readAllBytes(s)).as(dirName)
            .isEqualTo(Files.readAllBytes(b.resolve(dirName).resolve(s.getFileName())));
      }
    }
    List<String> orderA = ids(a);
    List<String> orderC = ids(dir.resolve("det-c"));
    assertThat(orderC).containsExactlyInAnyOrderElementsOf(orderA).isNotEqualTo(orderA);
  }

  @Test
  void aFinishedRunIsNotOverwrittenWithoutForceAndNoStagingIsLeftBehind() throws IOException {
    run("guard", 42);
    assertThatThrownBy(() -> run("guard", 42)).hasMessageContaining("already holds a finished run")
        .hasMessageContaining("--force");
    new RefineJob(spark, recipe(dir.resolve("guard").toString(), 42), List.of()).run(new RunOptions(true, false));
    assertThat(dir.resolve("guard/_staging")).doesNotExist();
    assertThat(dir.resolve("guard/_work")).doesNotExist();
    assertThat(files(dir.resolve("guard/shards"))).allMatch(p -> p.getFileName().toString().matches("part-\\d{5}\\.parquet"));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static List<String> ids(Path run) {
    List<String> ids = new ArrayList<>();
    for (Path s : files(run.resolve("shards"))) {
      spark.read().parquet(s.toString()).select("id").collectAsList().forEach(r -> ids.add(r.getString(0)));
    }
    return ids;
  }

  private static List<String> columnsWithDictionary(Path parquet) throws IOException {
    try (org.apache.parquet.hadoop.ParquetFileReader reader = org.apache.parquet.hadoop.ParquetFileReader.open(
        org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(parquet.toString()),
            new org.apache.hadoop.conf.Configuration()))) {
      return reader.getFooter().getBlocks().stream().flatMap(b -> b.getColumns().stream())
          .filter(c -> c.hasDictionaryPage()).map(c -> c.getPath().toDotString()).distinct().toList();
    }
  }

  private static List<Path> files(Path d) {
    try (Stream<Path> s = Files.list(d)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
