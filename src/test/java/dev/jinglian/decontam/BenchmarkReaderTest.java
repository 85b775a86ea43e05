package dev.jinglian.decontam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jinglian.recipe.BenchmarkSpec;
import dev.jinglian.recipe.RecipeException;
import dev.jinglian.testing.Recipes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkReaderTest {
  private static final Configuration CONF = new Configuration();

  private static List<BenchmarkItem> read(BenchmarkSpec spec) {
    return BenchmarkReader.read(spec, CONF);
  }

  private static BenchmarkSpec csv(String path, List<String> options) {
    return new BenchmarkSpec("quiz", path, "csv", null, "Question", options);
  }

  @Test
  void csvWithBomCrlfQuotesAndLineBreaksIsReadByRecord() {
    List<BenchmarkItem> items = read(csv(DecontaminatorTest.resource("quiz/test/science.csv"),
        List.of("A", "B", "C", "D")));
    assertThat(items).hasSize(6);
    assertThat(items.get(3).id()).isEqualTo("quiz:science:4");
    assertThat(items.get(3).fields()).containsExactly("小明把一块冰放在阳光下，\n过了一会儿冰变成了水，这种物态变化叫做",
        "凝固", "熔化", "升华", "液化");
    assertThat(items.get(4).fields().get(0)).isEqualTo("古人说\"读书百遍，其义自见\"，这句话强调的学习方法是");
  }

  @Test
  void globItemIdsKeepTheDirectoryBelowTheGlobBase() {
    List<BenchmarkItem> items = read(csv(DecontaminatorTest.resource("quiz") + "/*/*.csv", List.of()));
    assertThat(items).extracting(BenchmarkItem::id).startsWith("quiz:dev/science:1", "quiz:test/science:1");
    assertThat(items.get(0).fields()).hasSize(1);
    List<BenchmarkItem> dir = read(csv(DecontaminatorTest.resource("quiz"), List.of()));
    assertThat(dir).extracting(BenchmarkItem::id).startsWith("quiz:dev/science:1");
  }

  @Test
  void jsonlItemsAreNamedByLineAndArraysContributeEachElement(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("mc.jsonl");
    Files.writeString(f, "{\"q\": \"First question?\", \"choices\": [\"one\", \"two\"]}\n\n"
        + "{\"q\": \"Second\", \"choices\": [3, 4]}\n", StandardCharsets.UTF_8);
    List<BenchmarkItem> items = read(new BenchmarkSpec("mc", f.toString(), null, List.of("q", "choices"), null, null));
    assertThat(items).extracting(BenchmarkItem::id).containsExactly("mc:mc:1", "mc:mc:3");
    assertThat(items.get(0).fields()).containsExactly("First question?", "one", "two");
    assertThat(items.get(1).fields()).containsExactly("Second", "3", "4");
  }

  @Test
  void gsm8kSample() {
    List<BenchmarkItem> items = read(new BenchmarkSpec("gsm8k", DecontaminatorTest.resource("gsm8k/test.jsonl"),
        "jsonl", List.of("question", "answer"), null, null));
    assertThat(items).hasSize(20);
    assertThat(items.get(2).id()).isEqualTo("gsm8k:test:3");
    assertThat(items.get(2).fields().get(0)).startsWith("Josh decides to try flipping a house.");
  }

  @Test
  void badJsonMissingFieldsAndObjectsFailWithFileAndLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("b.jsonl");
    Files.writeString(f, "{\"q\": \"ok\", \"a\": \"x\"}\n{\"q\": \"no answer\"}\n", StandardCharsets.UTF_8);
    BenchmarkSpec spec = new BenchmarkSpec("b", f.toString(), "jsonl", List.of("q", "a"), null, null);
    assertThatThrownBy(() -> read(spec)).hasMessage(f.toUri().toString().replace("file:///", "file:/")
        + ":2: no field 'a' (benchmark 'b')");
    Files.writeString(f, "{\"q\": \"ok\", \"a\": \"x\"}\n{\"q\": oops}\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(spec)).hasMessageContaining("b.jsonl:2: not valid JSON: ");
    Files.writeString(f, "{\"q\": {\"text\": \"x\"}, \"a\": \"x\"}\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(spec)).hasMessageEndingWith("b.jsonl:1: field 'q' is an object, not text");
  }

  @Test
  void csvErrorsNameFileLineAndColumn(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("c.csv");
    Files.writeString(f, "Question,A\n\"never closed,x\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(csv(f.toString(), List.of("A")))).hasMessageEndingWith("c.csv:2: quoted field is never closed");
    Files.writeString(f, "Question,A\nq1,a1\nq2\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(csv(f.toString(), List.of("A"))))
        .hasMessageEndingWith("c.csv:3: record has 1 fields, the header has 2");
    Files.writeString(f, "Question,A\nq1,a1\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(csv(f.toString(), List.of("A", "B"))))
        .hasMessageEndingWith("c.csv:1: no column 'B' in the header [Question, A] (benchmark 'quiz')");
  }

  @Test
  void missingFilesFailNamingTheBenchmark(@TempDir Path dir) {
    assertThatThrownBy(() -> read(csv(dir.resolve("none*.csv").toString(), List.of())))
        .hasMessage("benchmark 'quiz': no files match '" + dir.resolve("none*.csv") + "'");
  }

  @Test
  void csvParserHandlesQuotesAtEdges() {
    List<CsvRecords.Record> r = CsvRecords.parse("a,\"b,\"\"c\"\"\",,\"\"\r\n\r\n\"x\ny\",z\rlast,1", "t.csv");
    assertThat(r).extracting(CsvRecords.Record::line).containsExactly(1, 3, 5);
    assertThat(r.get(0).fields()).containsExactly("a", "b,\"c\"", "", "");
    assertThat(r.get(1).fields()).containsExactly("x\ny", "z");
    assertThat(r.get(2).fields()).containsExactly("last", "1");
  }

  @Test
  void recipeValidationNamesTheKeyAndTheProblem() {
    String head = "name: t\noutput: /tmp/o\nsources: [{name: web, path: /x}]\ndecontaminate:\n";
    assertThatThrownBy(() -> Recipes.fromYaml(head + "  benchmarks: [{name: g, path: /g.jsonl}]\n"))
        .isInstanceOf(RecipeException.class)
        .hasMessageContaining("decontaminate.benchmarks[0]: benchmark 'g': jsonl needs fields");
    assertThatThrownBy(() -> Recipes.fromYaml(head + "  benchmarks: [{name: c, path: /c, format: csv}]\n"))
        .hasMessageContaining("benchmark 'c': csv needs question_column");
    assertThatThrownBy(() -> Recipes.fromYaml(head
        + "  benchmarks: [{name: c, path: /c, format: csv, question_column: Q, fields: [a]}]\n"))
        .hasMessageContaining("benchmark 'c': fields is for jsonl");
    assertThatThrownBy(() -> Recipes.fromYaml(head + "  benchmarks: [{name: c, path: /c, format: xml}]\n"))
        .hasMessageContaining("benchmark 'c': format must be jsonl or csv, got 'xml'");
    assertThatThrownBy(() -> Recipes.fromYaml(head + "  benchmarks: [{name: g, path: /g, fields: [q]}]\n"
        + "  action: delete\n"))
        .hasMessageContaining("decontaminate: action must be drop or cut, got 'delete'");
    assertThatThrownBy(() -> Recipes.fromYaml(head + "  benchmarks: [{name: g, path: /g, fields: [q]}]\n"
        + "  ngram_zh: 2\n"))
        .hasMessageContaining("ngram_zh and ngram_en must be at least 3");
    assertThatThrownBy(() -> Recipes.fromYaml(head + "  benchmarks: [{name: g, path: /g, fields: [q]},"
        + " {name: g, path: /h, fields: [q]}]\n"))
        .hasMessageContaining("benchmark name 'g' is used twice");
    assertThatThrownBy(() -> Recipes.fromYaml(head + "  benchmarks: [{name: g, path: /g, fields: [q]}]\n"
        + "  min_fraction: 1.5\n"))
        .hasMessageContaining("decontaminate: min_fraction must be in [0, 1], got 1.5");
    assertThatThrownBy(() -> Recipes.fromYaml(head + "  benchmarks: []\n"))
        .hasMessageContaining("decontaminate needs at least one benchmark");
    assertThatThrownBy(() -> Recipes.fromYaml(head + "  benchmarks: [{name: g, path: /g, fields: [q]}]\n"
        + "  min_match: 2\n"))
        .hasMessageContaining("unknown key 'min_match'");
  }

  @Test
  void recipeDefaults() {
    var r = Recipes.fromYaml("name: t\noutput: /tmp/o\nsources: [{name: web, path: /x}]\ndecontaminate:\n"
        + "  benchmarks: [{name: g, path: /g, fields: [q]}]\n");
    assertThat(r.decontaminate().ngramZh()).isEqualTo(13);
    assertThat(r.decontaminate().ngramEn()).isEqualTo(13);
    assertThat(r.decontaminate().action()).isEqualTo("drop");
    assertThat(r.decontaminate().minMatches()).isEqualTo(3);
    assertThat(r.decontaminate().maxItemsPerNgram()).isEqualTo(5);
    assertThat(r.decontaminate().minFraction()).isZero();
    assertThat(Recipes.fromYaml("name: t\noutput: /tmp/o\nsources: [{name: web, path: /x}]\n").decontaminate())
        .isNull();
  }
}
