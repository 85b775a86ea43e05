package dev.jinglian.report;

import java.util.Locale;

/** Number formats of the report: full counts with separators in tables, short forms on chart axes. */
final class Fmt {
  private Fmt() {}

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** 950, 9.5k, 95k, 1.2M, 3.4B. */
  static String compact(double v) {
    double a = Math.abs(v);
    if (a < 1000) {
      return v == Math.rint(v) ? Long.toString((long) v) : trim(String.format(Locale.ROOT, "%.2f", v));
    }
    String[] units = {"k", "M", "B", "T"};
    int u = -1;
    while (a >= 1000 && u < units.length - 1) {
      a /= 1000;
      v /= 1000;
      u++;
    }
    return trim(String.format(Locale.ROOT, a < 10 ? "%.1f" : "%.0f", v)) + units[u];
  }

  /** A value as a threshold or bin edge: integers plainly, fractions to three significant places. */
  static String value(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return count((long) v);
    }
    return trim(String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 1 ? "%.2f" : "%.3f", v));
  }

  static String percent(long part, long whole) {
    if (whole == 0) {
      return "–";
    }
    double p = 100.0 * part / whole;
    return String.format(Locale.ROOT, p != 0 && p < 0.1 ? "%.2f%%" : "%.1f%%", p);
  }

  static String millis(long ms) {
    return ms < 1000 ? ms + " ms" : ms < 120_000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000.0)
        : String.format(Locale.ROOT, "%d min %02d s", ms / 60_000, (ms / 1000) % 60);
  }

  static String bytes(long b) {
    return b < 1024 ? b + " B" : b < 1 << 20 ? String.format(Locale.ROOT, "%.1f KiB", b / 1024.0)
        : b < 1L << 30 ? String.format(Locale.ROOT, "%.1f MiB", b / (double) (1 << 20))
        : String.format(Locale.ROOT, "%.2f GiB", b / (double) (1L << 30));
  }

  private static String trim(String s) {
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }
}
