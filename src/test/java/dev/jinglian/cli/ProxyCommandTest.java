package dev.jinglian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The {@code proxy} command line: help for every subcommand, and argument errors before any Spark work. */
class ProxyCommandTest {
  private static String run(int expectedExit, String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      assertThat(Main.execute(args)).isEqualTo(expectedExit);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpListsTheSubcommandsAndTheirOptions() {
    assertThat(run(0, "proxy", "--help")).contains("train", "eval", "compare");
    assertThat(run(0, "proxy", "train", "--help")).contains("--order", "--max-memory-mb", "--min-count",
        "--budget", "--output");
    assertThat(run(0, "proxy", "eval", "--help")).contains("--model", "--eval", "bits per byte");
    assertThat(run(0, "proxy", "compare", "--help")).contains("--budget", "--eval", "--grid", "--dir",
        "--decontam-ngram");
  }

  @Test
  void argumentErrorsAreReportedWithoutStartingSpark() {
    assertThat(run(2, "proxy", "compare", "r.yaml", "--eval", "held.jsonl", "--dir", "d"))
        .contains("Missing required option: '--budget=TOKENS'");
    assertThat(run(1, "proxy", "compare", "r.yaml", "--budget", "10", "--eval", "held.jsonl", "--dir", "d",
        "--grid", "a=1", "--grid", "b=2", "--grid", "c=3"))
        .contains("error: --grid sweeps at most two recipe keys, got 3");
    assertThat(run(1, "proxy", "compare", "missing.yaml", "--budget", "10", "--eval", "held.jsonl", "--dir", "d"))
        .contains("error: missing.yaml: cannot read recipe");
  }
}
