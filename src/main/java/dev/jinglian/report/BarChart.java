package dev.jinglian.report;

import java.util.List;

/**
 * Horizontal bars as inline SVG, one row per label: one series, or two overlaid (a wide light bar for "in" and a
 * narrow dark one for "out" on the same scale), with the row's numbers written after the bars.
 */
final class BarChart {
  static final int WIDTH = 560;
  private static final int LABEL = 150;
  private static final int VALUE = 150;
  private static final int ROW = 22;
  private static final int TOP = 26;

  /** One row: its label, one value per style, the text after the bars and a tooltip. */
  record Bar(String label, long[] values, String valueText, String tooltip) {}

  private BarChart() {}

  static String render(String title, List<Bar> bars, List<HistogramChart.Style> styles) {
    int height = TOP + Math.max(1, bars.size()) * ROW + 6;
    Svg svg = new Svg(WIDTH, height, title);
    double lx = LABEL;
    for (HistogramChart.Style s : styles) {
      lx = svg.legend(lx, 14, s.cssClass(), s.label());
    }
    long max = 1;
    for (Bar b : bars) {
      for (long v : b.values()) {
        max = Math.max(max, v);
      }
    }
    double plotW = WIDTH - LABEL - VALUE - 8;
    if (bars.isEmpty()) {
      svg.text(LABEL, TOP + 14, "start", "note", "nothing to show");
    }
    for (int r = 0; r < bars.size(); r++) {
      Bar b = bars.get(r);
      double y = TOP + r * ROW;
      svg.text(LABEL - 8, y + 15, "end", "bar-label", shorten(b.label(), 22));
      for (int k = 0; k < b.values().length && k < styles.size(); k++) {
        double w = plotW * b.values()[k] / max;
        double inset = k == 0 ? 2 : 7;
        svg.rect(LABEL, y + inset, Math.max(w, b.values()[k] > 0 ? 1.5 : 0), ROW - 2 * inset,
            styles.get(k).cssClass(), b.tooltip());
      }
      svg.text(LABEL + plotW + 6, y + 15, "start", "bar-value", b.valueText());
    }
    return svg.end();
  }

  static String shorten(String s, int codePoints) {
    if (s.codePointCount(0, s.length()) <= codePoints) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, codePoints - 1)) + "…";
  }
}
