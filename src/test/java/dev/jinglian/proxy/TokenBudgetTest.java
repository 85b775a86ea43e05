package dev.jinglian.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jinglian.testing.SharedSpark;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The token budget keeps the longest seeded prefix that fits, the same way every time. */
class TokenBudgetTest {
  /** 40 documents of 1..40 tokens (820 tokens). */
  private static Dataset<Row> docs() {
    List<int[]> docs = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      docs.add(new int[i]);
    }
    return TokenDocs.of(docs.toArray(int[][]::new)).repartition(3);
  }

  private static List<Row> capped(long budget, long seed) {
    TokenBudget.Capped c = TokenBudget.cap(SharedSpark.get(), docs(), budget, seed);
    try {
      return c.docs().collectAsList();
    } finally {
      c.release();
    }
  }

  @Test
  void keepsTheLongestSeededPrefixWithinTheBudget() {
    List<Row> all = capped(10_000, 42); // everything, in the seeded order
    assertThat(all).hasSize(40);
    long budget = 300;
    List<Row> kept = capped(budget, 42);
    long sum = kept.stream().mapToLong(r -> r.getLong(2)).sum();
    assertThat(sum).isLessThanOrEqualTo(budget);
    // a prefix of the seeded order, and the next document would not fit
    assertThat(kept).containsExactlyElementsOf(all.subList(0, kept.size()));
    assertThat(sum + all.get(kept.size()).getLong(2)).isGreaterThan(budget);
    // exactly at the budget the boundary document is kept, one token less it is not
    assertThat(capped(sum, 42)).hasSameSizeAs(kept);
    assertThat(capped(sum - 1, 42)).hasSize(kept.size() - 1);
  }

  @Test
  void sameSeedSameDocumentsAnotherSeedAnotherOrder() {
    assertThat(capped(300, 42)).isEqualTo(capped(300, 42));
    assertThat(capped(10_000, 7)).isNotEqualTo(capped(10_000, 42)).hasSize(40);
    assertThatThrownBy(() -> TokenBudget.cap(SharedSpark.get(), docs(), 0, 1))
        .hasMessageContaining("token budget must be positive, got 0");
  }
}
