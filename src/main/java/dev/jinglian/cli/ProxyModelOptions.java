package dev.jinglian.cli;

import dev.jinglian.proxy.TrainOptions;
import picocli.CommandLine.Option;

/** Options shared by the commands that train proxy models. */
final class ProxyModelOptions {
  @Option(names = "--order", defaultValue = "" + TrainOptions.ORDER_DEFAULT,
      description = "n-gram order, 1-6 (default: ${DEFAULT-VALUE})")
  int order;

  @Option(names = "--max-memory-mb", defaultValue = "" + (TrainOptions.MEMORY_BUDGET_DEFAULT >> 20),
      description = "prune the model until it fits this much driver memory (default: ${DEFAULT-VALUE})")
  long maxMemoryMb;

  @Option(names = "--min-count", defaultValue = "1",
      description = "drop n-grams (orders >= 2) seen fewer times even when they fit (default: ${DEFAULT-VALUE})")
  long minCount;

  TrainOptions trainOptions() {
    return new TrainOptions(order, maxMemoryMb << 20, minCount);
  }
}
