package dev.jinglian.lang;

import com.optimaize.langdetect.LanguageDetector;
import java.lang.reflect.Field;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * Optimaize's table from n-gram to per-language probabilities, with lookups that do not depend on
 * {@link String#hashCode}. Optimaize keeps the table in a {@code HashMap<String, double[]>}; for strings of three
 * characters {@code hashCode} is {@code 961 a + 31 b + c}, and the trigrams of the Latin-script languages (letters
 * and accented letters a multiple of 31 apart) collide so often that the map turns its buckets into red-black
 * trees: in a profile of the backbone a third of language identification's time was spent walking them. Here the
 * up to three characters of an n-gram are packed into one {@code long} and found by linear probing in a table at
 * most half full. It answers exactly what the original map answers ({@code NgramProbabilityTableTest}).
 */
final class NgramProbabilityTable extends AbstractMap<String, double[]> {
  private static final int MAX_CHARS = 3;

  private final Map<String, double[]> original;
  private final long[] keys;
  private final double[][] values;
  private final int mask;

  private NgramProbabilityTable(Map<String, double[]> original) {
    this.original = Collections.unmodifiableMap(original);
    int capacity = Integer.highestOneBit(Math.max(2, original.size()) * 2 - 1) << 1;
    keys = new long[capacity];
    values = new double[capacity][];
    mask = capacity - 1;
    for (Map.Entry<String, double[]> e : original.entrySet()) {
      long key = pack(e.getKey());
      if (key == 0) {
        throw new IllegalArgumentException("n-gram longer than " + MAX_CHARS + " characters: " + e.getKey());
      }
      int slot = slot(key);
      while (keys[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = e.getValue();
    }
  }

  /**
   * Gives {@code detector} (as built by Optimaize's {@code LanguageDetectorBuilder}) this table in place of its
   * own. Returns false, leaving the detector as it was, if its internals are not the expected ones (another
   * Optimaize version, or n-grams longer than three characters): it then still answers the same, only slower.
   */
  static boolean install(LanguageDetector detector) {
    try {
      Field dataField = detector.getClass().getDeclaredField("ngramFrequencyData");
      dataField.setAccessible(true);
      Object data = dataField.get(detector);
      Field mapField = data.getClass().getDeclaredField("wordLangProbMap");
      mapField.setAccessible(true);
      @SuppressWarnings("unchecked")
      Map<String, double[]> map = (Map<String, double[]>) mapField.get(data);
      mapField.set(data, new NgramProbabilityTable(map));
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** One to three UTF-16 units and their number in one long; 0 for anything else. */
  private static long pack(String s) {
    int n = s.length();
    if (n == 0 || n > MAX_CHARS) {
      return 0;
    }
    long key = n;
    for (int i = 0; i < n; i++) {
      key = (key << 16) | s.charAt(i);
    }
    return key;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  @Override
  public double[] get(Object ngram) {
    if (!(ngram instanceof String s)) {
      return null;
    }
    long key = pack(s);
    if (key == 0) {
      return null;
    }
    for (int slot = slot(key); keys[slot] != 0; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return values[slot];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object ngram) {
    return get(ngram) != null;
  }

  @Override
  public int size() {
    return original.size();
  }

  @Override
  public Set<Entry<String, double[]>> entrySet() {
    return original.entrySet();
  }
}
