package dev.jinglian.report;

import java.util.Locale;

/**
 * A tiny SVG writer for the report's charts. Every text node and attribute value goes through
 * {@link Html#escape}, so labels that come from data (languages, reasons, sources) cannot inject markup.
 */
final class Svg {
  private final StringBuilder out = new StringBuilder(4096);

  /** A chart of {@code width × height} pixels at most, shrinking with a narrower container. */
  Svg(int width, int height, String label) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(Html.escape(label)).append("\">");
  }

  Svg rect(double x, double y, double w, double h, String cssClass, String tooltip) {
    out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
        .append(n(Math.max(0, w))).append("\" height=\"").append(n(Math.max(0, h))).append("\" class=\"")
        .append(Html.escape(cssClass)).append('"');
    if (tooltip == null) {
      out.append("/>");
    } else {
      out.append("><title>").append(Html.escape(tooltip)).append("</title></rect>");
    }
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String cssClass) {
    out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
        .append("\" y2=\"").append(n(y2)).append("\" class=\"").append(Html.escape(cssClass)).append("\"/>");
    return this;
  }

  /** Text at (x, y); {@code anchor} is start, middle or end. */
  Svg text(double x, double y, String anchor, String cssClass, String text) {
    out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
        .append(Html.escape(anchor)).append("\" class=\"").append(Html.escape(cssClass)).append("\">")
        .append(Html.escape(text)).append("</text>");
    return this;
  }

  /** A legend entry: a swatch and its label; returns the x where the next entry can start. */
  double legend(double x, double y, String cssClass, String label) {
    rect(x, y - 9, 10, 10, cssClass, null);
    text(x + 14, y, "start", "legend", label);
    return x + 14 + 7 * label.codePointCount(0, label.length()) + 18;
  }

  String end() {
    return out.append("</svg>").toString();
  }

  private static String n(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
