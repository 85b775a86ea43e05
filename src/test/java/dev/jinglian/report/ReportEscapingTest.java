package dev.jinglian.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Escaping by construction: the templates insert raw markup only for the charts ({@code {{{…Svg}}}}), and a report
 * whose every string — document text, ids, sources, reasons, languages, recipe values — is markup renders with
 * none of it as markup.
 */
class ReportEscapingTest {
  static final String HOSTILE = "\"'><script>alert(1)</script><img src=x onerror=alert(2)>&amp;";
  static final List<String> TEMPLATES = List.of("index", "compare", "style", "summary", "funnel", "distributions",
      "edits", "samples", "recipe");

  @Test
  void templatesInsertOnlyChartSvgUnescaped() throws IOException {
    Pattern raw = Pattern.compile("\\{\\{\\{\\s*([^}]*)\\}\\}\\}|\\{\\{&\\s*([^}]*)\\}\\}");
    List<String> unescaped = new ArrayList<>();
    for (String t : TEMPLATES) {
      Matcher m = raw.matcher(template(t));
      while (m.find()) {
        unescaped.add(m.group(1) != null ? m.group(1) : m.group(2));
      }
    }
    assertThat(unescaped).isNotEmpty().allMatch(name -> name.equals("svg") || name.endsWith("Svg"));
  }

  @Test
  void markupInEveryFieldIsShownAsText() {
    ReportData d = ReportDataFixture.with(HOSTILE, Map.of(HOSTILE, HOSTILE), 3);
    for (String html : List.of(ReportPage.render(d), ReportPage.renderCompare(d, HOSTILE, d, HOSTILE))) {
      assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
          .doesNotContain("\"'>");
      assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
      assertThat(html).contains("&amp;amp;"); // an entity in the data is shown, not interpreted
    }
  }

  @Test
  void theSingleEscapingFunctionCoversTextAndAttributes() {
    assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    assertThat(Html.escape(null)).isEmpty();
    assertThat(Html.escape("中文 ☃")).isEqualTo("中文 ☃");
  }

  private static String template(String name) throws IOException {
    try (InputStream in = ReportPage.class.getClassLoader()
        .getResourceAsStream(ReportPage.TEMPLATES + "/" + name + ".mustache")) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
