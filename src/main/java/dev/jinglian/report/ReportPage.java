package dev.jinglian.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders the report's HTML from {@link ReportData} alone (no Spark), so a finished run's report can be re-rendered
 * and two runs compared from their {@code report/data.json}. Templates are Mustache (mustache.java): logic-less,
 * and every {@code {{value}}} is HTML-escaped by the engine; only chart SVG built by {@link Svg} is inserted
 * with {@code {{{…Svg}}}}. The page is one self-contained file: inline CSS and SVG, no script, no network; its
 * Content-Security-Policy forbids scripts altogether, a second line of defence behind the escaping.
 */
public final class ReportPage {
  static final String TEMPLATES = "dev/jinglian/report";
  private static final MustacheFactory FACTORY = new DefaultMustacheFactory(TEMPLATES);

  private ReportPage() {}

  public static String render(ReportData data) {
    return render("index.mustache", Map.of("run", RunView.of(data)));
  }

  /** Two runs side by side: {@code labelA}/{@code labelB} name them (e.g. their directories). */
  public static String renderCompare(ReportData a, String labelA, ReportData b, String labelB) {
    return render("compare.mustache", CompareView.of(a, labelA, b, labelB));
  }

  private static String render(String template, Object scope) {
    Mustache m = FACTORY.compile(template);
    StringWriter out = new StringWriter(1 << 16);
    try {
      m.execute(out, scope).flush();
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
