package dev.jinglian.report;


import java.io.Serializable;

/**
 * Fixed histogram bins. Indexes are computed on the executors (no values reach the driver, only counts per bin).
 * Values outside the edges are counted in the first or last bin.
 */
public sealed interface Bins extends Serializable {
  /** How many bins a signal's observed range is cut into (linear) or per decade (log). */
  int LINEAR_BINS = 40;
  int LOG_BINS_PER_DECADE = 6;

  String scale();

  int count();

  /** {@code count() + 1} increasing edges. */
  double[] edges();

  /** The bin index (0 … count-1) of {@code x}; values outside the edges go to the first or last bin. */
  int index(double x);

  /** {@code raw} as a bin index in [0, count); NaN goes to the first bin. */
  private static int clamp(double raw, int count) {
    return raw >= count - 1 ? count - 1 : raw > 0 ? (int) raw : 0;
  }

  /**
   * Bins for a signal whose values span {@code [min, max]}: log bins when the values are non-negative and span at
   * least two orders of magnitude (lengths, counts), else linear bins (ratios, scores).
   */
  static Bins forRange(double min, double max) {
    if (min >= 0 && max >= 100 * Math.max(min, 1)) {
      return Log.covering(Math.max(min, 1), max, LOG_BINS_PER_DECADE);
    }
    if (max <= min) {
      return new Linear(min - 0.5, min + 0.5, 1);
    }
    return Linear.nice(min, max, LINEAR_BINS);
  }

  /** {@code count} equal bins from {@code lo} to {@code hi}. */
  record Linear(double lo, double hi, int count) implements Bins {
    public Linear {
      if (!(hi > lo) || count < 1) {
        throw new IllegalArgumentException("linear bins need lo < hi and count >= 1, got " + lo + ", " + hi + ", "
            + count);
      }
    }

    /**
     * At most {@code maxCount + 1} bins covering {@code [min, max]} whose width is 1, 2, 2.5 or 5 times a power of ten
     * and whose edges are multiples of it, so axis labels are round numbers.
     */
    static Linear nice(double min, double max, int maxCount) {
      double raw = (max - min) / maxCount;
      double p = Math.pow(10, Math.floor(Math.log10(raw)));
      double step = 10 * p;
      for (double m : new double[] {1, 2, 2.5, 5, 10}) {
        if (m * p >= raw) {
          step = m * p;
          break;
        }
      }
      double lo = Math.floor(min / step) * step;
      int count = Math.max(1, (int) Math.ceil((max - lo) / step - 1e-9)); // at most maxCount + 1
      return new Linear(lo, lo + count * step, count);
    }

    @Override
    public String scale() {
      return "linear";
    }

    @Override
    public double[] edges() {
      double[] e = new double[count + 1];
      for (int i = 0; i <= count; i++) {
        e[i] = i == count ? hi : lo + (hi - lo) * i / count;
      }
      return e;
    }

    @Override
    public int index(double x) {
      return clamp(Math.floor((x - lo) / ((hi - lo) / count)), count);
    }
  }

  /** Bins of equal width in log10 space: {@code perDecade} bins per factor of ten, starting at {@code lo > 0}. */
  record Log(double lo, int perDecade, int count) implements Bins {
    public Log {
      if (!(lo > 0) || perDecade < 1 || count < 1) {
        throw new IllegalArgumentException("log bins need lo > 0, perDecade >= 1, count >= 1, got " + lo + ", "
            + perDecade + ", " + count);
      }
    }

    /** Log bins from the power of ten at or below {@code lo} to the bin edge at or above {@code hi}. */
    static Log covering(double lo, double hi, int perDecade) {
      double start = Math.pow(10, Math.floor(Math.log10(lo)));
      int n = (int) Math.ceil((Math.log10(hi) - Math.log10(start)) * perDecade + 1e-9);
      return new Log(start, perDecade, Math.max(1, n));
    }

    @Override
    public String scale() {
      return "log";
    }

    @Override
    public double[] edges() {
      double[] e = new double[count + 1];
      for (int i = 0; i <= count; i++) {
        e[i] = lo * Math.pow(10, (double) i / perDecade);
      }
      return e;
    }

    @Override
    public int index(double x) {
      return x <= lo ? 0 : clamp(Math.floor((Math.log10(x) - Math.log10(lo)) * perDecade + 1e-9), count);
    }
  }
}
