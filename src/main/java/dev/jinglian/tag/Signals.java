package dev.jinglian.tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signals measured on one document, by column name: numeric ones (double columns) and a few list-valued tags
 * such as keywords ({@code array<string>} columns). Missing means "not measured" (null column).
 */
public final class Signals {
  private final Map<String, Double> values = new LinkedHashMap<>();
  private final Map<String, List<String>> lists = new LinkedHashMap<>();

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

  /** Stores a list-valued tag (one of the family's {@code listNames()}). */
  public void putList(String name, List<String> value) {
    lists.put(name, List.copyOf(value));
  }

  public Map<String, List<String>> lists() {
    return lists;
  }
}
