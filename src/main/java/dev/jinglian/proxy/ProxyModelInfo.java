package dev.jinglian.proxy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code model.json} of a saved proxy model: how it was trained and what it holds. Written last, so a directory
 * with it is a complete model.
 *
 * @param vocabSize ids of the tokenizer ({@code [0, vocab_size)}); the model adds {@code end_id = vocab_size}
 *     (end of document, predicted) and {@code begin_id = vocab_size + 1} (start of document, context only)
 * @param predictableTokens tokens the model spreads probability over: the vocabulary plus the end marker
 * @param docs documents trained on
 * @param tokens tokens trained on (ordinary text tokens; each document adds one predicted end marker)
 * @param minCount the pruning threshold used: n-grams of orders ≥ 2 seen (adjusted) fewer times were dropped
 * @param memoryBudgetBytes the budget the model was pruned to fit
 * @param modelBytes driver memory of the loaded model
 */
public record ProxyModelInfo(
    @JsonProperty("format") String format,
    @JsonProperty("order") int order,
    @JsonProperty("encoding") String encoding,
    @JsonProperty("vocab_size") int vocabSize,
    @JsonProperty("end_id") int endId,
    @JsonProperty("begin_id") int beginId,
    @JsonProperty("predictable_tokens") int predictableTokens,
    @JsonProperty("docs") long docs,
    @JsonProperty("tokens") long tokens,
    @JsonProperty("min_count") long minCount,
    @JsonProperty("memory_budget_bytes") long memoryBudgetBytes,
    @JsonProperty("model_bytes") long modelBytes,
    @JsonProperty("orders") List<OrderStats> orders) {

  public static final String FORMAT = "jinglian-proxy-kn/1";

  /**
   * One order of the model.
   *
   * @param ngrams distinct n-grams seen
   * @param countOfCounts how many n-grams have adjusted count 1, 2, 3 and 4 (the discount estimate's input)
   * @param ngramsKept n-grams stored after pruning
   * @param contextsKept contexts stored after pruning (contexts whose n-grams were all pruned back off fully)
   */
  public record OrderStats(
      @JsonProperty("order") int order,
      @JsonProperty("ngrams") long ngrams,
      @JsonProperty("count_of_counts") List<Long> countOfCounts,
      @JsonProperty("discounts") Discounts discounts,
      @JsonProperty("ngrams_kept") long ngramsKept,
      @JsonProperty("contexts_kept") long contextsKept) {}

  /** N-grams and contexts stored, all orders. */
  public long entries() {
    return orders.stream().mapToLong(o -> o.ngramsKept() + o.contextsKept()).sum();
  }
}
