package dev.jinglian.proxy;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeSet;

/**
 * Fits a model into a memory budget by a count threshold: n-grams of orders ≥ 2 whose (adjusted) count is below
 * the threshold are dropped, and so are contexts left with no n-gram. Unigrams are never pruned. The threshold is
 * the smallest one (at least the requested minimum) whose model fits, so the model keeps as much as it can.
 *
 * <p>Pruning does not break normalization: the trainer folds the discounted mass of dropped n-grams into their
 * context's interpolation weight (see {@link KneserNeyTrainer}).
 */
final class Pruning {
  /** Driver memory per stored n-gram or context: two key longs and one double in a table filled to 3/4. */
  static final long BYTES_PER_ENTRY = 32;

  private Pruning() {}

  /** Memory the loaded model takes: a dense unigram array plus the stored entries of orders ≥ 2. */
  static long bytes(int predictableTokens, long entries) {
    return 8L * predictableTokens + BYTES_PER_ENTRY * entries;
  }

  /**
   * @param histogram for orders ≥ 2: count → number of entries with that count (an n-gram's adjusted count; a
   *     context's largest child count, since a context is kept exactly when one of its n-grams is)
   * @return the threshold: keep entries whose count is at least this
   */
  static long threshold(NavigableMap<Long, Long> histogram, long minCount, long budgetBytes, int predictableTokens) {
    TreeSet<Long> candidates = new TreeSet<>();
    candidates.add(minCount);
    for (long c : histogram.keySet()) {
      if (c + 1 > minCount) {
        candidates.add(c + 1);
      }
    }
    for (long t : candidates) {
      long entries = 0;
      for (Map.Entry<Long, Long> e : histogram.tailMap(t, true).entrySet()) {
        entries += e.getValue();
      }
      if (bytes(predictableTokens, entries) <= budgetBytes) {
        return t;
      }
    }
    throw new IllegalArgumentException("a memory budget of " + budgetBytes + " bytes cannot hold even the "
        + predictableTokens + " unigram probabilities (" + bytes(predictableTokens, 0) + " bytes)");
  }
}
