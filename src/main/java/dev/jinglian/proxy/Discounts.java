package dev.jinglian.proxy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;

/**
 * Modified Kneser-Ney discounts of one order (Chen &amp; Goodman 1998): {@code D1}, {@code D2} and {@code D3+} are
 * subtracted from n-grams seen once, twice and three or more times, estimated from the order's count-of-counts
 * {@code n1..n4}: {@code Y = n1/(n1+2 n2)}, {@code Dk = k - (k+1) Y n(k+1)/nk}.
 *
 * <p>On tiny or odd corpora a count-of-counts can be zero or a {@code Dk} can leave {@code (0, k]}; then the
 * order falls back to one absolute discount {@code D = Y} for every count (Ney's estimate), or 0.5 when even
 * {@code Y} is undefined. Every discount is in {@code (0, k]} for the counts it applies to, which is what keeps
 * each context's distribution normalized and leaves mass for unseen tokens.
 *
 * @param modified whether the three discounts come from the modified estimate (false: the fallback)
 */
public record Discounts(
    @JsonProperty("d1") double d1,
    @JsonProperty("d2") double d2,
    @JsonProperty("d3_plus") double d3,
    @JsonProperty("modified") boolean modified) implements Serializable {

  static final double FALLBACK = 0.5;

  public static Discounts estimate(long n1, long n2, long n3, long n4) {
    double y = n1 > 0 && n2 > 0 ? (double) n1 / (n1 + 2.0 * n2) : FALLBACK;
    if (n1 > 0 && n2 > 0 && n3 > 0 && n4 > 0) {
      double d1 = 1 - 2 * y * n2 / n1;
      double d2 = 2 - 3 * y * n3 / n2;
      double d3 = 3 - 4 * y * n4 / n3;
      if (d1 > 0 && d1 <= 1 && d2 > 0 && d2 <= 2 && d3 > 0 && d3 <= 3) {
        return new Discounts(d1, d2, d3, true);
      }
    }
    return new Discounts(y, y, y, false);
  }

  /** The discount for an n-gram seen {@code count} (≥ 1) times. */
  public double of(long count) {
    return count == 1 ? d1 : count == 2 ? d2 : d3;
  }
}
