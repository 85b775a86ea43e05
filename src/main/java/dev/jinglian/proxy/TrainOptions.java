package dev.jinglian.proxy;

/**
 * How a proxy model is trained.
 *
 * @param order n-gram order (default 4; 3 to 5 is the useful range for data-recipe comparisons)
 * @param memoryBudgetBytes the loaded model must fit in this much driver memory (default 1 GiB); the trainer
 *     raises the pruning threshold until it does
 * @param minCount smallest pruning threshold: n-grams of orders ≥ 2 seen (adjusted) fewer times are dropped even
 *     when the budget would hold them (default 1: keep everything that fits)
 */
public record TrainOptions(int order, long memoryBudgetBytes, long minCount) {
  public static final int ORDER_DEFAULT = 4;
  public static final long MEMORY_BUDGET_DEFAULT = 1L << 30;

  public TrainOptions {
    NgramKey.checkOrder(order);
    if (memoryBudgetBytes < 1) {
      throw new IllegalArgumentException("memory budget must be positive, got " + memoryBudgetBytes);
    }
    if (minCount < 1) {
      throw new IllegalArgumentException("min count must be at least 1, got " + minCount);
    }
  }

  public static TrainOptions ofOrder(int order) {
    return new TrainOptions(order, MEMORY_BUDGET_DEFAULT, 1);
  }
}
