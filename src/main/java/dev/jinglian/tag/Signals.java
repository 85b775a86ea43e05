package dev.jinglian.tag;

import java.util.LinkedHashMap;
import java.util.Map;

/** Numeric signals measured on one document, by column name. Missing means "not measured" (null column). */
public final class Signals {
  private final Map<String, Double> values = new LinkedHashMap<>();

  public void put(String name, double value) {
    values.put(name, value);
  }

  /** The value, or {@code NaN} when the signal was not measured. */
  public double get(String name) {
    Double v = values.get(name);
    return v == null ? Double.NaN : v;
  }

  public Double getOrNull(String name) {
    return values.get(name);
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  public Map<String, Double> asMap() {
    return values;
  }
}
