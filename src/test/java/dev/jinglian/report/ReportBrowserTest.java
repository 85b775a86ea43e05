package dev.jinglian.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the sample run's report, and a comparison of two runs, in headless Chromium from disk: the sections and
 * charts are there, nothing from the documents ran, and the browser logged nothing to its console (the page's
 * Content-Security-Policy turns any script that slipped through into a console error).
 */
class ReportBrowserTest {
  @TempDir
  Path tmp;

  @Test
  void reportOpensFromDiskWithItsSectionsAndChartsAndNoConsoleMessages() throws Exception {
    requireChromium();
    Path index = SampleRun.a().resolve("report/index.html");
    HeadlessChromium.Page page = HeadlessChromium.load(index, tmp);

    assertThat(page.console()).as("console messages").isEmpty();
    String dom = page.dom();
    for (String section : new String[] {"summary", "funnel", "distributions", "edits", "samples", "recipe"}) {
      assertThat(dom).contains("<section id=\"" + section + "\">");
    }
    // stage timings, removed-by-reason, one funnel per source plus all sources, language, lang score, length, and a
    // plot per signal that has values in this run (tags that need the standard segmenter stay null here)
    java.util.List<String> signals = dev.jinglian.job.DocumentRefiner.signalNames(SampleRun.recipe(tmp, 300, 1000));
    long plotted = signals.stream().filter(s -> dom.contains("aria-label=\"" + s + "\"")).count();
    assertThat(plotted).as("signal plots").isGreaterThanOrEqualTo(signals.size() - 3);
    assertThat(count(dom, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\"")).isEqualTo(2 + 5 + 3 + plotted);
    assertThat(dom).contains("aria-label=\"chars\"").contains("min 300").contains("max 1,000");
    assertThat(dom).contains("Not run in this recipe.");
    assertThat(dom).contains("测试:报告必须把这段文字原样显示为文本"); // UTF-8 Chinese survives (NFKC made the colon ASCII)
    // the hostile document is shown, and none of its markup became elements
    assertThat(dom).contains("&lt;script&gt;document.body.dataset.pwned='text'&lt;/script&gt;");
    assertThat(dom).doesNotContain("data-pwned").doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("<img");
    // self-contained: nothing is loaded from elsewhere
    assertThat(dom).doesNotContainPattern("(?i)<link|<iframe|<object|\\ssrc=\"|href=\"(?!#)|url\\(|@import");

    Path png = Path.of("target", "report-screenshot.png");
    HeadlessChromium.screenshot(index, png, 1280, 2400, tmp);
    assertThat(Files.size(png)).isGreaterThan(50_000);
  }

  @Test
  void comparisonOfTwoRecipesOpensWithTheChangedSettings() throws Exception {
    requireChromium();
    Path html = tmp.resolve("compare.html");
    Files.writeString(html, ReportPage.renderCompare(RunReport.read(SampleRun.a()), "run-a",
        RunReport.read(SampleRun.b()), "run-b"));
    HeadlessChromium.Page page = HeadlessChromium.load(html, tmp);

    assertThat(page.console()).isEmpty();
    assertThat(page.dom()).contains("<section id=\"changes\">")
        .containsPattern("<code>filters\\.length\\.min_chars</code></td><td><code>300</code></td><td><code>200</code>")
        .containsPattern("<code>filters\\.length\\.max_chars</code></td><td><code>1000</code></td><td><code>1200</code>");
    assertThat(count(page.dom(), "class=\"pair\"")).isEqualTo(5);
    HeadlessChromium.screenshot(html, Path.of("target", "compare-screenshot.png"), 1600, 2000, tmp);
  }

  private static int count(String s, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Skips on a developer machine without Chromium; in CI (CI=true, where .ci/run installs it) its absence fails. */
  private static void requireChromium() {
    String why = "Chromium is not installed at " + HeadlessChromium.BINARY
        + ": apt-get install -y chromium fonts-wqy-microhei (.ci/run installs it)";
    if ("true".equals(System.getenv("CI"))) {
      org.assertj.core.api.Assertions.assertThat(HeadlessChromium.available()).as(why).isTrue();
    }
    assumeTrue(HeadlessChromium.available(), why);
  }
}
