package dev.jinglian.filter;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.Objects;

/**
 * A cut a filter applies to one of its signals, as configured in the recipe: documents on the wrong side of
 * {@code value} are dropped. Reports draw these on the signal's distribution, so a user sees what a threshold
 * removes before re-tuning it. A signal can have two (a lower and an upper bound).
 *
 * @param signal the signal column the cut applies to (one of the filter's {@link DocumentFilter#signalNames()})
 * @param bound whether {@code value} is the smallest or the largest value a kept document may have
 * @param value the threshold, in the signal's unit
 */
public record Threshold(
    @JsonProperty("signal") String signal,
    @JsonProperty("bound") Bound bound,
    @JsonProperty("value") double value) implements Serializable {

  /** Which side of the threshold is kept. */
  public enum Bound {
    /** Documents with {@code signal < value} are dropped. */
    @JsonProperty("min") MIN,
    /** Documents with {@code signal > value} are dropped. */
    @JsonProperty("max") MAX
  }

  public Threshold {
    Objects.requireNonNull(signal, "signal");
    Objects.requireNonNull(bound, "bound");
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException("threshold of signal '" + signal + "' is NaN");
    }
  }

  public static Threshold min(String signal, double value) {
    return new Threshold(signal, Bound.MIN, value);
  }

  public static Threshold max(String signal, double value) {
    return new Threshold(signal, Bound.MAX, value);
  }
}
