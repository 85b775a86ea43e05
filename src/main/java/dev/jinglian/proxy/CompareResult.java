package dev.jinglian.proxy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * {@code proxy-compare.json}: recipes ranked by the bits per byte their proxy models achieve on the same held-out
 * sets, each trained on at most the same token budget.
 *
 * @param budgetTokens every recipe's training tokens are capped at this
 * @param ranking best (lowest pooled bits per byte) first
 */
public record CompareResult(
    @JsonProperty("format") String format,
    @JsonProperty("budget_tokens") long budgetTokens,
    @JsonProperty("seed") long seed,
    @JsonProperty("order") int order,
    @JsonProperty("memory_budget_bytes") long memoryBudgetBytes,
    @JsonProperty("decontamination_ngram") int decontaminationNgram,
    @JsonProperty("eval_sets") List<EvalSetInfo> evalSets,
    @JsonProperty("ranking") List<Entry> ranking) {

  public static final String FORMAT = "jinglian-proxy-compare/1";

  public record EvalSetInfo(
      @JsonProperty("name") String name,
      @JsonProperty("path") String path,
      @JsonProperty("docs") long docs,
      @JsonProperty("quarantined") long quarantined) {}

  /**
   * One recipe variant.
   *
   * @param runTokens tokens the recipe's run kept (before decontamination and the cap)
   * @param decontaminatedDocs training documents dropped because they overlap a held-out set
   * @param trainedTokens tokens the proxy was trained on (at most the budget)
   * @param pooledBitsPerByte total bits over total bytes of all held-out sets: the ranking key
   * @param deltaBitsPerByte pooled bits per byte minus the best one's (0 for the best)
   */
  public record Entry(
      @JsonProperty("rank") int rank,
      @JsonProperty("label") String label,
      @JsonProperty("recipe") String recipe,
      @JsonProperty("settings") Map<String, String> settings,
      @JsonProperty("run_dir") String runDir,
      @JsonProperty("model_dir") String modelDir,
      @JsonProperty("run_docs") long runDocs,
      @JsonProperty("run_tokens") long runTokens,
      @JsonProperty("decontaminated_docs") long decontaminatedDocs,
      @JsonProperty("decontaminated_tokens") long decontaminatedTokens,
      @JsonProperty("trained_docs") long trainedDocs,
      @JsonProperty("trained_tokens") long trainedTokens,
      @JsonProperty("model_min_count") long modelMinCount,
      @JsonProperty("model_entries") long modelEntries,
      @JsonProperty("model_bytes") long modelBytes,
      @JsonProperty("results") List<EvalResult> results,
      @JsonProperty("pooled_bits_per_byte") double pooledBitsPerByte,
      @JsonProperty("delta_bits_per_byte") double deltaBitsPerByte) {

    Entry ranked(int newRank, double best) {
      return new Entry(newRank, label, recipe, settings, runDir, modelDir, runDocs, runTokens, decontaminatedDocs,
          decontaminatedTokens, trainedDocs, trainedTokens, modelMinCount, modelEntries, modelBytes, results,
          pooledBitsPerByte, pooledBitsPerByte - best);
    }

    static double pooled(List<EvalResult> results) {
      double bits = 0;
      long bytes = 0;
      for (EvalResult r : results) {
        bits += r.bits();
        bytes += r.bytes() + r.docs();
      }
      return bits / bytes;
    }
  }
}
