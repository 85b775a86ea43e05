package dev.jinglian.quality;

import dev.jinglian.filter.Reason;
import dev.jinglian.filter.Verdict;
import dev.jinglian.tag.Signals;

/**
 * Parameter defaults and validation, and the two threshold comparisons every rule uses. A rule whose signal was
 * not measured (the rule does not apply to the document) keeps it; a signal exactly at its threshold passes
 * ("at most 0.3" keeps 0.3).
 */
final class Thresholds {
  private Thresholds() {}

  static int count(String family, String key, Integer value, int defaultValue) {
    int v = value == null ? defaultValue : value;
    if (v < 0) {
      throw new IllegalArgumentException(family + ": " + key + " must be >= 0, got " + v);
    }
    return v;
  }

  static double positive(String family, String key, Double value, double defaultValue) {
    double v = value == null ? defaultValue : value;
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(family + ": " + key + " must be a number >= 0, got " + v);
    }
    return v;
  }

  static double share(String family, String key, Double value, double defaultValue) {
    double v = value == null ? defaultValue : value;
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(family + ": " + key + " must be in [0, 1], got " + v);
    }
    return v;
  }

  static void ordered(String family, String minKey, double min, String maxKey, double max) {
    if (min > max) {
      throw new IllegalArgumentException(family + ": " + minKey + " (" + min + ") must not exceed " + maxKey + " ("
          + max + ")");
    }
  }

  /** Rejects for {@code why} when the signal exceeds {@code max}. */
  static Verdict atMost(Signals s, String signal, double max, Reason why) {
    if (s.has(signal) && s.get(signal) > max) {
      return Verdict.reject(why, s.get(signal), ">", max);
    }
    return Verdict.keep();
  }

  /** Rejects for {@code why} when the signal is below {@code min}. */
  static Verdict atLeast(Signals s, String signal, double min, Reason why) {
    if (s.has(signal) && s.get(signal) < min) {
      return Verdict.reject(why, s.get(signal), "<", min);
    }
    return Verdict.keep();
  }
}
