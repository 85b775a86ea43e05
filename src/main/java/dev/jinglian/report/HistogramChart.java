package dev.jinglian.report;

import dev.jinglian.filter.Threshold;
import dev.jinglian.report.ReportData.Histogram;
import dev.jinglian.report.ReportData.Series;
import java.util.List;

/**
 * A histogram as inline SVG: bins of equal pixel width (log bins are equal in log space), series stacked (parts of
 * one whole: kept / dropped by this rule / dropped by others) or overlaid (in vs out), thresholds drawn as dashed
 * lines with the dropped side shaded, so one glance shows what a threshold removes.
 */
final class HistogramChart {
  static final int WIDTH = 560;
  static final int HEIGHT = 240;
  private static final int LEFT = 58;
  private static final int RIGHT = 14;
  private static final int TOP = 34;
  private static final int BOTTOM = 40;

  /** How a series is labelled and coloured ({@code cssClass} is a class of the report's style sheet). */
  record Style(String series, String label, String cssClass) {}

  enum Mode { STACKED, OVERLAID }

  private HistogramChart() {}

  static String render(String title, String xLabel, Histogram h, List<Style> styles, Mode mode,
      List<Threshold> thresholds) {
    Svg svg = new Svg(WIDTH, HEIGHT, title);
    double x = LEFT;
    for (Style s : styles) {
      x = svg.legend(x, 14, s.cssClass(), s.label());
    }
    int n = h.edges().length - 1;
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    double bw = plotW / n;
    long max = 0;
    for (int i = 0; i < n; i++) {
      long stack = 0;
      for (Style s : styles) {
        long v = counts(h, s.series())[i];
        stack = mode == Mode.STACKED ? stack + v : Math.max(stack, v);
      }
      max = Math.max(max, stack);
    }
    double yMax = 4 * tickStep(max);
    double bottom = TOP + plotH;
    for (int t = 0; t <= 4; t++) {
      double v = yMax * t / 4;
      double y = bottom - plotH * t / 4;
      svg.line(LEFT, y, LEFT + plotW, y, t == 0 ? "axis" : "grid");
      svg.text(LEFT - 6, y + 4, "end", "tick", Fmt.compact(v));
    }
    if (max == 0) {
      svg.text(LEFT + plotW / 2, TOP + plotH / 2, "middle", "note", "no documents");
    }
    for (int i = 0; i < n; i++) {
      double base = bottom;
      int k = 0;
      for (Style s : styles) {
        long v = counts(h, s.series())[i];
        double bh = plotH * v / yMax;
        String tip = range(h, i) + " · " + s.label() + ": " + Fmt.count(v);
        if (mode == Mode.STACKED) {
          base -= bh;
          svg.rect(LEFT + i * bw + 0.5, base, bw - 1, bh, s.cssClass(), tip);
        } else {
          double inset = k == 0 ? 0.5 : bw * 0.22;
          svg.rect(LEFT + i * bw + inset, bottom - bh, bw - 2 * inset, bh, s.cssClass(), tip);
        }
        k++;
      }
    }
    xTicks(svg, h, bw, bottom);
    svg.text(LEFT + plotW / 2, HEIGHT - 4, "middle", "axis-label", xLabel);
    for (Threshold t : thresholds) {
      threshold(svg, h, t, bw, plotW, bottom);
    }
    return svg.end();
  }

  private static long[] counts(Histogram h, String series) {
    for (Series s : h.series()) {
      if (s.name().equals(series)) {
        return s.counts();
      }
    }
    return new long[h.edges().length - 1];
  }

  /** The bin as a reader sees it: the end bins also hold the values beyond the edges. */
  private static String range(Histogram h, int i) {
    double[] e = h.edges();
    int n = e.length - 1;
    if (n == 1) {
      return "all values";
    }
    if (i == 0) {
      return "< " + Fmt.value(e[1]);
    }
    if (i == n - 1) {
      return "≥ " + Fmt.value(e[i]);
    }
    return "[" + Fmt.value(e[i]) + ", " + Fmt.value(e[i + 1]) + ")";
  }

  /** Labels at powers of ten (log) or about six evenly spaced edges (linear). */
  private static void xTicks(Svg svg, Histogram h, double bw, double bottom) {
    double[] e = h.edges();
    int n = e.length - 1;
    boolean log = h.scale().equals("log");
    int step = Math.max(1, (int) Math.ceil(n / 6.0));
    int lastLabelled = -100;
    for (int i = 0; i <= n; i++) {
      boolean decade = log && e[i] > 0 && Math.abs(Math.log10(e[i]) - Math.rint(Math.log10(e[i]))) < 1e-9;
      boolean label = log ? decade : i % step == 0 || i == n;
      if (label && i - lastLabelled >= (log ? 2 : Math.max(1, step / 2))) {
        double x = LEFT + i * bw;
        svg.line(x, bottom, x, bottom + 4, "axis");
        svg.text(x, bottom + 16, "middle", "tick", Fmt.compact(e[i]));
        lastLabelled = i;
      }
    }
  }

  private static void threshold(Svg svg, Histogram h, Threshold t, double bw, double plotW, double bottom) {
    double[] e = h.edges();
    int n = e.length - 1;
    boolean min = t.bound() == Threshold.Bound.MIN;
    String label = (min ? "min " : "max ") + Fmt.value(t.value());
    if (t.value() < e[0] || t.value() > e[n]) {
      boolean leftSide = t.value() < e[0];
      svg.text(leftSide ? LEFT + 2 : LEFT + plotW - 2, TOP - 4, leftSide ? "start" : "end", "threshold-label",
          (leftSide ? "◀ " : "") + label + " (outside the observed range)" + (leftSide ? "" : " ▶"));
      return;
    }
    int i = 0;
    while (i < n - 1 && t.value() >= e[i + 1]) {
      i++;
    }
    double frac;
    if (h.scale().equals("log") && e[i] > 0) {
      frac = (Math.log(t.value()) - Math.log(e[i])) / (Math.log(e[i + 1]) - Math.log(e[i]));
    } else {
      frac = (t.value() - e[i]) / (e[i + 1] - e[i]);
    }
    double x = LEFT + (i + Math.max(0, Math.min(1, frac))) * bw;
    double top = TOP;
    if (min) {
      svg.rect(LEFT, top, x - LEFT, bottom - top, "dropped-zone", "dropped: " + t.signal() + " < "
          + Fmt.value(t.value()));
    } else {
      svg.rect(x, top, LEFT + plotW - x, bottom - top, "dropped-zone", "dropped: " + t.signal() + " > "
          + Fmt.value(t.value()));
    }
    svg.line(x, top - 2, x, bottom, "threshold");
    boolean roomRight = x + 90 < LEFT + plotW;
    svg.text(roomRight ? x + 4 : x - 4, top + 10, roomRight ? "start" : "end", "threshold-label", label);
  }

  /** The step of four whole-number y ticks reaching {@code max}: 1, 2, 2.5 (from 25 up) or 5 times a power of ten. */
  static long tickStep(long max) {
    long p = 1;
    while (true) {
      for (long m : new long[] {10, 20, 25, 50}) {
        long step = m * p / 10;
        if (step >= 1 && m * p % 10 == 0 && 4 * step >= max) {
          return step;
        }
      }
      p *= 10;
    }
  }
}
