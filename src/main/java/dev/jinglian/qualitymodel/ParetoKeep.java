package dev.jinglian.qualitymodel;

/**
 * GPT-3's stochastic quality selection (Brown et al., 2020, appendix A): keep a document when a draw from a
 * Pareto distribution with shape {@code alpha} exceeds {@code 1 - score}. The draw is numpy's
 * {@code pareto(alpha)} (Pareto II / Lomax with scale 1, {@code P(X > t) = (1 + t)^-alpha}), so a document of
 * score {@code s} is kept with probability {@code (2 - s)^-alpha}: always at score 1, about 2.6 % at 0.5 and
 * 0.2 % at 0 for the paper's {@code alpha = 9}. Unlike a hard threshold, low-scoring documents are not all lost,
 * which keeps some of the variety a classifier trained on one reference set would otherwise remove.
 */
public record ParetoKeep(double alpha) {
  public static final double ALPHA_DEFAULT = 9;

  public ParetoKeep {
    if (!(alpha > 0) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("quality_model: pareto_alpha must be a positive number, got " + alpha);
    }
  }

  /** The Pareto II draw for a uniform {@code u} in [0, 1) (inverse CDF: {@code (1 - u)^(-1/alpha) - 1}). */
  public double draw(double u) {
    return Math.pow(1 - u, -1 / alpha) - 1;
  }

  /** Whether a document of this score is kept by the draw. */
  public boolean keeps(double score, double draw) {
    return draw > 1 - score;
  }

  /** The probability {@link #keeps} is true for a uniform {@code u}: {@code (2 - score)^-alpha}. */
  public double keepProbability(double score) {
    return Math.pow(2 - score, -alpha);
  }
}
