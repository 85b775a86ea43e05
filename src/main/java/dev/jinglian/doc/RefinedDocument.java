package dev.jinglian.doc;

import java.util.List;
import java.util.Map;

/**
 * A document after the per-document pass: normalized text, tags, signals and, when a rule dropped it, which.
 *
 * @param rejectStage pipeline stage that dropped the document ({@code normalize}, {@code filter}), or null if kept
 * @param rejectReason {@code family/code} of the rule that dropped it, or null
 * @param rejectDetail the measured value against the threshold, or null
 * @param tokenIds the BPE token ids ({@code tokens} of them) when the recipe asks for {@code shards.token_ids}, else
 *     null
 * @param skipped rules that did not apply to this document ({@code family} or {@code family/rule})
 * @param lists list-valued tags by column name (e.g. {@code keywords}); a column missing here is null
 */
public record RefinedDocument(String id, String source, String text, String lang, double langScore, int tokens,
    int words, Map<String, String> meta, Map<String, Integer> edits, Map<String, Double> signals,
    String rejectStage, String rejectReason, String rejectDetail, int[] tokenIds, List<String> skipped,
    Map<String, List<String>> lists) {

  /** A document without list-valued tags. */
  public RefinedDocument(String id, String source, String text, String lang, double langScore, int tokens,
      int words, Map<String, String> meta, Map<String, Integer> edits, Map<String, Double> signals,
      String rejectStage, String rejectReason, String rejectDetail, int[] tokenIds, List<String> skipped) {
    this(id, source, text, lang, langScore, tokens, words, meta, edits, signals, rejectStage, rejectReason,
        rejectDetail, tokenIds, skipped, Map.of());
  }

  /** A document without token ids (the recipe does not ask for them) for which every rule applied. */
  public RefinedDocument(String id, String source, String text, String lang, double langScore, int tokens,
      int words, Map<String, String> meta, Map<String, Integer> edits, Map<String, Double> signals,
      String rejectStage, String rejectReason, String rejectDetail) {
    this(id, source, text, lang, langScore, tokens, words, meta, edits, signals, rejectStage, rejectReason,
        rejectDetail, null, List.of());
  }

  public boolean kept() {
    return rejectReason == null;
  }
}
