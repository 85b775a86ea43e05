package dev.jinglian.quality;

import dev.jinglian.filter.Reason;
import dev.jinglian.filter.Threshold;
import dev.jinglian.filter.Verdict;
import dev.jinglian.tag.Signals;
import java.util.List;

/**
 * Parameter defaults and validation, and the threshold comparison every rule uses. A rule whose signal was not
 * measured (the rule does not apply to the document) keeps it; a signal exactly at its threshold passes ("at
 * most 0.3" keeps 0.3).
 */
final class Thresholds {
  private Thresholds() {}

  /** A rule: a cut on one signal, and the reason a document on the wrong side of it is dropped for. */
  record Cut(Threshold threshold, Reason why) implements java.io.Serializable {
    static Cut min(String signal, double value, Reason why) {
      return new Cut(Threshold.min(signal, value), why);
    }

    static Cut max(String signal, double value, Reason why) {
      return new Cut(Threshold.max(signal, value), why);
    }
  }

  /** The first cut, in order, that the measured signals violate; keep when none does. */
  static Verdict first(Signals s, List<Cut> cuts) {
    for (Cut c : cuts) {
      Threshold t = c.threshold();
      if (!s.has(t.signal())) {
        continue;
      }
      double v = s.get(t.signal());
      if (t.bound() == Threshold.Bound.MIN && v < t.value()) {
        return Verdict.reject(c.why(), v, "<", t.value());
      }
      if (t.bound() == Threshold.Bound.MAX && v > t.value()) {
        return Verdict.reject(c.why(), v, ">", t.value());
      }
    }
    return Verdict.keep();
  }

  /** The thresholds of some cuts, for the report. */
  static List<Threshold> of(List<Cut> cuts) {
    return cuts.stream().map(Cut::threshold).toList();
  }

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
}
