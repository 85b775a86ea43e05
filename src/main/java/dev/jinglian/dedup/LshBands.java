package dev.jinglian.dedup;

import java.io.Serializable;

/**
 * LSH banding of a MinHash signature: {@code bands} groups of {@code rows} values. Two documents with Jaccard
 * similarity {@code s} share at least one band with probability {@code 1 - (1 - s^rows)^bands}, an S-curve whose
 * steep part should sit at the threshold.
 */
public record LshBands(int bands, int rows) implements Serializable {
  /** Integration steps over [0, 1] for the false positive/negative areas; plenty for a smooth curve. */
  private static final int STEPS = 1000;

  public LshBands {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be positive, got " + bands + " x " + rows);
    }
  }

  /** Probability that two documents with Jaccard similarity {@code s} become candidates. */
  public double candidateProbability(double s) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }

  /** Expected share of pairs below {@code threshold} that become candidates (area under the curve). */
  public double falsePositiveArea(double threshold) {
    return integrate(0, threshold, false);
  }

  /** Expected share of pairs above {@code threshold} that are missed (area above the curve). */
  public double falseNegativeArea(double threshold) {
    return integrate(threshold, 1, true);
  }

  private double integrate(double from, double to, boolean missed) {
    double step = (to - from) / STEPS;
    double sum = 0;
    for (int i = 0; i < STEPS; i++) {
      double p = candidateProbability(from + (i + 0.5) * step);
      sum += (missed ? 1 - p : p) * step;
    }
    return sum;
  }

  /**
   * The banding with {@code bands × rows ≤ numPerm} that minimizes the weighted sum of the false positive and
   * false negative areas around {@code threshold}. Ties go to fewer bands (fewer shuffle rows).
   *
   * @param falsePositiveWeight weight of the false positive area in [0, 1]; the false negative area gets the rest
   */
  public static LshBands optimal(double threshold, int numPerm, double falsePositiveWeight) {
    LshBands best = null;
    double bestError = Double.MAX_VALUE;
    for (int b = 1; b <= numPerm; b++) {
      for (int r = 1; b * r <= numPerm; r++) {
        LshBands c = new LshBands(b, r);
        double error = falsePositiveWeight * c.falsePositiveArea(threshold)
            + (1 - falsePositiveWeight) * c.falseNegativeArea(threshold);
        if (error < bestError - 1e-12) {
          best = c;
          bestError = error;
        }
      }
    }
    return best;
  }
}
