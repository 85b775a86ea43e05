package dev.jinglian.dedup;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.util.AccumulatorV2;

/**
 * Collects one example text for each of the most frequent boilerplate units while the per-document pass removes
 * them: the smallest (string order) of the texts seen for that key, so the example does not depend on task order
 * or retries. Holds at most one string per tracked key ({@link BoilerplateLines#TOP}).
 */
final class BoilerplateSamples extends AccumulatorV2<Map.Entry<Long, String>, Map<Long, String>> {
  private final TreeMap<Long, String> texts = new TreeMap<>();

  @Override
  public boolean isZero() {
    return texts.isEmpty();
  }

  @Override
  public BoilerplateSamples copy() {
    BoilerplateSamples c = new BoilerplateSamples();
    c.texts.putAll(texts);
    return c;
  }

  @Override
  public void reset() {
    texts.clear();
  }

  @Override
  public void add(Map.Entry<Long, String> sample) {
    texts.merge(sample.getKey(), sample.getValue(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
  }

  @Override
  public void merge(AccumulatorV2<Map.Entry<Long, String>, Map<Long, String>> other) {
    other.value().forEach((k, v) -> add(Map.entry(k, v)));
  }

  @Override
  public Map<Long, String> value() {
    return texts;
  }
}
