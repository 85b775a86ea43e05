package dev.jinglian.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jinglian report}: re-rendering from data.json and --compare, without Spark. */
class ReportCommandTest {
  @TempDir
  Path tmp;

  @Test
  void reRendersIndexFromDataJsonAlone() throws Exception {
    Path run = tmp.resolve("run");
    Files.createDirectories(run.resolve("report"));
    Files.writeString(run.resolve("report/data.json"),
        dev.jinglian.util.Json.write(ReportDataFixture.with("源数据", java.util.Map.of("name", "r"), 2)));
    String out = capture(() -> assertThat(Main.execute("report", run.toString())).isEqualTo(0));
    Path index = run.resolve("report/index.html");
    assertThat(out.trim()).isEqualTo(index.toAbsolutePath().normalize().toString());
    assertThat(Files.readString(index)).contains("<section id=\"funnel\">").contains("源数据");
  }

  @Test
  void comparesTwoRunsIntoTheChosenFile() throws Exception {
    for (String name : new String[] {"a", "b"}) {
      Files.createDirectories(tmp.resolve(name + "/report"));
      Files.writeString(tmp.resolve(name + "/report/data.json"), dev.jinglian.util.Json.write(
          ReportDataFixture.with("s", java.util.Map.of("filters.length.min_chars", name.equals("a") ? "3" : "4"),
              1)));
    }
    Path html = tmp.resolve("out/cmp.html");
    String out = capture(() -> assertThat(Main.execute("report", "--compare", tmp.resolve("a").toString(),
        tmp.resolve("b").toString(), "-o", html.toString())).isEqualTo(0));
    assertThat(out.trim()).isEqualTo(html.toAbsolutePath().normalize().toString());
    assertThat(Files.readString(html)).contains("A · a").contains("B · b")
        .containsPattern("filters\\.length\\.min_chars</code></td><td><code>3</code></td><td><code>4</code>");
  }

  @Test
  void aDirectoryWithoutReportDataIsAClearError() throws Exception {
    String err = captureErr(() -> assertThat(Main.execute("report", tmp.toString())).isEqualTo(1));
    assertThat(err).contains("no report data at " + tmp.resolve("report/data.json"));
    err = captureErr(() -> assertThat(Main.execute("report", "--compare", tmp.toString())).isEqualTo(1));
    assertThat(err).contains("--compare needs two run directories, got 1");
  }

  private static String capture(Runnable r) {
    return capture(r, false);
  }

  private static String captureErr(Runnable r) {
    return capture(r, true);
  }

  private static String capture(Runnable r, boolean err) {
    PrintStream old = err ? System.err : System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream to = new PrintStream(buf, true, StandardCharsets.UTF_8);
    if (err) {
      System.setErr(to);
    } else {
      System.setOut(to);
    }
    try {
      r.run();
    } finally {
      if (err) {
        System.setErr(old);
      } else {
        System.setOut(old);
      }
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
