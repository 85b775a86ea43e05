package dev.jinglian.cli;

import dev.jinglian.report.ReportData;
import dev.jinglian.report.ReportPage;
import dev.jinglian.report.RunReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jinglian report <run>} re-renders a run's report from its {@code report/data.json};
 * {@code jinglian report --compare <runA> <runB>} puts two runs side by side. Neither needs Spark.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Re-render a finished run's quality report (report/index.html) from its report/data.json, "
        + "or compare two runs side by side with --compare RUN_A RUN_B.")
final class ReportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "RUN", arity = "1..2", description = "run directory (two with --compare)")
  List<Path> runs;

  @Option(names = "--compare", description = "render RUN_A and RUN_B side by side")
  boolean compare;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "where to write the HTML (default: RUN/report/index.html; with --compare: "
          + "compare-<A>-vs-<B>.html in the current directory)")
  Path output;

  @Override
  public Integer call() throws Exception {
    if (compare != (runs.size() == 2)) {
      throw new IllegalArgumentException(compare ? "--compare needs two run directories, got " + runs.size()
          : "give one run directory (or --compare RUN_A RUN_B), got " + runs.size());
    }
    Path out;
    String html;
    if (compare) {
      Path a = runs.get(0);
      Path b = runs.get(1);
      html = ReportPage.renderCompare(RunReport.read(a), label(a), RunReport.read(b), label(b));
      out = output != null ? output : Path.of("compare-" + label(a) + "-vs-" + label(b) + ".html");
    } else {
      ReportData data = RunReport.read(runs.get(0));
      html = ReportPage.render(data);
      out = output != null ? output : runs.get(0).resolve(RunReport.DIR).resolve(RunReport.INDEX);
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(out, html, StandardCharsets.UTF_8);
    System.out.println(out.toAbsolutePath().normalize());
    return 0;
  }

  /** A run's name in the comparison: its directory name. */
  private static String label(Path run) {
    Path name = run.toAbsolutePath().normalize().getFileName();
    return name == null ? run.toString() : name.toString();
  }
}
