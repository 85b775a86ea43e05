package dev.jinglian.normalize;

import java.util.Map;
import java.util.TreeMap;

/** Counts of edits transforms made to one document, by kind (e.g. {@code nfkc}, {@code pii_email}). */
public final class Edits {
  private final Map<String, Integer> counts = new TreeMap<>();

  public void add(String kind, int n) {
    if (n > 0) {
      counts.merge(kind, n, Integer::sum);
    }
  }

  public Map<String, Integer> asMap() {
    return counts;
  }
}
