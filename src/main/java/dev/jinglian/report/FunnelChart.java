package dev.jinglian.report;

import dev.jinglian.report.ReportData.Funnel;
import dev.jinglian.report.ReportData.Step;

/**
 * One source's funnel as a waterfall: the records read, then one row per quarantine and per reject reason in
 * pipeline order, each showing what remained after it (grey) and what it removed (coloured), then what was kept.
 */
final class FunnelChart {
  static final int WIDTH = 580;
  private static final int LABEL = 170;
  private static final int VALUE = 150;
  private static final int ROW = 22;
  private static final int TOP = 8;

  private FunnelChart() {}

  static String render(Funnel f) {
    int rows = 2 + (f.quarantined() > 0 ? 1 : 0) + f.steps().size();
    Svg svg = new Svg(WIDTH, TOP + rows * ROW + 6, "funnel of " + f.source());
    double plotW = WIDTH - LABEL - VALUE - 8;
    long total = Math.max(1, f.read());
    int r = 0;
    row(svg, r++, "read", "records read", 0, f.read(), 0, total, plotW,
        Fmt.count(f.read()) + " records", "all records of " + f.source());
    long remaining = f.read();
    if (f.quarantined() > 0) {
      remaining -= f.quarantined();
      row(svg, r++, "quarantine", "quarantined (unreadable)", remaining, f.quarantined(), 1, total, plotW,
          "−" + Fmt.count(f.quarantined()) + " (" + Fmt.percent(f.quarantined(), f.read()) + ")",
          "records that could not be read, kept in quarantine/ with the error");
    }
    for (Step s : f.steps()) {
      remaining -= s.docs();
      row(svg, r++, "removed", s.reason(), Math.max(0, remaining), s.docs(), 1, total, plotW,
          "−" + Fmt.count(s.docs()) + " (" + Fmt.percent(s.docs(), f.read()) + ")",
          s.stage() + " · " + s.reason() + ": " + Fmt.count(s.docs()) + " docs, " + Fmt.count(s.tokens())
              + " tokens");
    }
    row(svg, r, "kept", "kept", 0, f.kept().docs(), 0, total, plotW,
        Fmt.count(f.kept().docs()) + " docs · " + Fmt.compact(f.kept().tokens()) + " tok",
        "kept: " + Fmt.count(f.kept().docs()) + " docs, " + Fmt.count(f.kept().tokens()) + " tokens");
    return svg.end();
  }

  /** A row: a grey bar of {@code before} then a {@code css} bar of {@code amount}; kind 0 draws only the latter. */
  private static void row(Svg svg, int r, String css, String label, long before, long amount, int kind, long total,
      double plotW, String value, String tooltip) {
    double y = TOP + r * ROW;
    svg.text(LABEL - 8, y + 15, "end", kind == 0 ? "bar-label strong" : "bar-label", BarChart.shorten(label, 26));
    double x0 = LABEL;
    if (kind == 1) {
      double wb = plotW * before / total;
      svg.rect(x0, y + 3, wb, ROW - 6, "remaining", "remaining after this step: " + Fmt.count(before));
      x0 += wb;
    }
    double w = plotW * amount / total;
    svg.rect(x0, y + 3, Math.max(w, amount > 0 ? 1.5 : 0), ROW - 6, css, tooltip);
    svg.text(LABEL + plotW + 8, y + 15, "start", "bar-value", value);
  }
}
