package dev.jinglian.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a run may write: never over or inside its inputs, never into someone else's directory. */
class OutputGuardTest {
  @TempDir
  Path dir;
  FileSystem fs;
  Path corpus;
  Path file;

  @BeforeEach
  void setUp() throws IOException {
    fs = FileSystem.getLocal(new Configuration());
    corpus = Files.createDirectories(dir.resolve("data/corpus"));
    file = Files.writeString(corpus.resolve("part-1.jsonl"), "{\"text\":\"你好\"}\n");
  }

  private void check(Path out, String source, boolean force) throws IOException {
    org.apache.hadoop.fs.Path qualified = fs.makeQualified(new org.apache.hadoop.fs.Path(out.toString()));
    String input = fs.makeQualified(new org.apache.hadoop.fs.Path(file.toString())).toString();
    OutputGuard.check(fs, qualified, List.of(source), List.of(input), force);
  }

  @Test
  void refusesTheRootAndTheHomeDirectory() {
    assertThatThrownBy(() -> check(Path.of("/"), corpus.toString(), true))
        .hasMessageContaining("is a file system root");
    assertThatThrownBy(() -> check(Path.of(System.getProperty("user.home")), corpus.toString(), true))
        .hasMessageContaining("is the home directory");
  }

  @Test
  void refusesADirectoryHoldingAnInputFileEvenWithForce() {
    assertThatThrownBy(() -> check(dir.resolve("data"), file.toString(), true))
        .hasMessageContaining("contains the input file").hasMessageContaining("part-1.jsonl");
    assertThatThrownBy(() -> check(corpus, file.toString(), true)).hasMessageContaining("contains the input file");
  }

  @Test
  void refusesAnOutputInsideADirectorySourceOrGlobMatch() {
    assertThatThrownBy(() -> check(corpus.resolve("out"), corpus.toString(), true))
        .hasMessageContaining("is inside the input directory").hasMessageContaining("the next run would read");
    assertThatThrownBy(() -> check(corpus.resolve("out"), dir.resolve("data/*").toString(), false))
        .hasMessageContaining("is inside the input directory");
  }

  @Test
  void acceptsAnOutputNextToASingleInputFile() {
    // nothing reads data/corpus/out when the source is the one file data/corpus/part-1.jsonl
    assertThatCode(() -> check(corpus.resolve("out"), file.toString(), false)).doesNotThrowAnyException();
    assertThatCode(() -> check(dir.resolve("out"), corpus.toString(), false)).doesNotThrowAnyException();
  }

  @Test
  void refusesAForeignNonEmptyDirectoryUnlessForced() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> check(out, corpus.toString(), false))
        .hasMessageContaining("not empty and not a Jinglian run").hasMessageContaining("'notes.txt'")
        .hasMessageContaining("--force");
    assertThatCode(() -> check(out, corpus.toString(), true)).doesNotThrowAnyException();
  }

  @Test
  void acceptsAnEmptyDirectoryAndAPreviousOrCrashedRun() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    assertThatCode(() -> check(out, corpus.toString(), false)).doesNotThrowAnyException();
    Files.createDirectories(out.resolve("_staging/shards"));
    Files.createDirectories(out.resolve("_work/refined"));
    Files.createDirectories(out.resolve("shards"));
    assertThatCode(() -> check(out, corpus.toString(), false)).doesNotThrowAnyException();
  }

  @Test
  void refusesAnOutputThatIsAFile() throws IOException {
    Path out = Files.writeString(dir.resolve("out.txt"), "x");
    assertThatThrownBy(() -> check(out, corpus.toString(), true)).hasMessageContaining("is an existing file");
  }

  @Test
  void withinComparesWholePathComponents() {
    assertThat(OutputGuard.isWithin(new org.apache.hadoop.fs.Path("file:/a/bc"), new org.apache.hadoop.fs.Path(
        "file:/a/b"))).isFalse();
    assertThat(OutputGuard.isWithin(new org.apache.hadoop.fs.Path("file:/a/b/c"), new org.apache.hadoop.fs.Path(
        "file:/a/b"))).isTrue();
    assertThat(OutputGuard.isWithin(new org.apache.hadoop.fs.Path("hdfs://nn/a/b"), new org.apache.hadoop.fs.Path(
        "file:/a"))).isFalse();
  }
}
