package dev.jinglian.safety;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.jinglian.filter.DocumentFilter;
import dev.jinglian.filter.FilterDefinition;
import dev.jinglian.filter.FilterParams;
import dev.jinglian.filter.Reason;
import dev.jinglian.filter.Verdict;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Drops documents in which obscene, pornographic or gambling-spam words make up a large share of the words.
 *
 * <p>Words are the document's shared segmentation (HanLP words for Chinese, whole words elsewhere), counted
 * against the bundled lists ({@code flagged_words_zh.txt}, {@code flagged_words_en.txt}, built by hand; see their
 * headers) plus any list files the recipe names. Terms match on word boundaries only (see {@link FlaggedWords}).
 *
 * <p>Why a ratio and not "any flagged word" (C4's rule): one flagged word in a news report, a novel's dialogue or a
 * court judgment is normal language; what marks porn and casino spam is density. Ordinary text that mentions
 * such words does so a few times per thousand words (well under 1%), while spam pages repeat their vocabulary in
 * titles, tags and link lists at several percent. The default cut at 2% of words sits between, and at least 3
 * hits are required so that a short comment with a single swear word is not dropped for its length alone.
 */
public final class FlaggedWordsFilter implements DocumentFilter {
  public static final String FAMILY = "flagged_words";
  public static final String HITS = "flagged_word_hits";
  public static final String RATIO = "flagged_word_ratio";
  static final Set<String> BUNDLED = Set.of("zh", "en");

  public static final FilterDefinition<Params> DEFINITION =
      new FilterDefinition<>(FAMILY, Params.class, true, FlaggedWordsFilter::new,
          "documents dense in obscene, pornographic or gambling-spam words (zh and en lists)");

  /** Why {@link FlaggedWordsFilter} drops a document. */
  public enum Why implements Reason {
    TOO_MANY;

    @Override
    public String family() {
      return FAMILY;
    }
  }

  /**
   * @param enabled whether the rule runs (default true)
   * @param maxRatio largest share of flagged words (hits / words) a kept document may have (default 0.02)
   * @param minHits fewest flagged words that can drop a document (default 3)
   * @param bundled bundled lists to use: {@code zh}, {@code en} (default both; {@code []} for none)
   * @param lists extra list files (one term per line, {@code #} comments), any Hadoop path (default none)
   */
  public record Params(
      @JsonPropertyDescription("whether the rule runs")
    @JsonProperty("enabled") Boolean enabled,
      @JsonPropertyDescription("drop when flagged words / words exceeds this (and min_hits is reached)")
    @JsonProperty("max_ratio") Double maxRatio,
      @JsonPropertyDescription("fewest flagged-word hits before a document can be dropped")
    @JsonProperty("min_hits") Integer minHits,
      @JsonPropertyDescription("bundled lists to use: zh, en (default: both)")
    @JsonProperty("bundled") List<String> bundled,
      @JsonPropertyDescription("extra word-list files, one term per line")
    @JsonProperty("lists") List<String> lists) implements FilterParams {
    public static final double MAX_RATIO_DEFAULT = 0.02;
    public static final int MIN_HITS_DEFAULT = 3;

    public Params {
      enabled = enabled == null || enabled;
      maxRatio = maxRatio == null ? MAX_RATIO_DEFAULT : maxRatio;
      minHits = minHits == null ? MIN_HITS_DEFAULT : minHits;
      bundled = bundled == null ? List.of("zh", "en") : List.copyOf(bundled);
      lists = lists == null ? List.of() : List.copyOf(lists);
      if (!(maxRatio >= 0 && maxRatio < 1)) {
        throw new IllegalArgumentException("flagged_words: max_ratio must be in [0, 1), got " + maxRatio);
      }
      if (minHits < 1) {
        throw new IllegalArgumentException("flagged_words: min_hits must be at least 1, got " + minHits);
      }
      for (String b : bundled) {
        if (!BUNDLED.contains(b)) {
          throw new IllegalArgumentException("flagged_words: unknown bundled list '" + b + "' (bundled lists: en, zh)");
        }
      }
      for (String l : lists) {
        if (l == null || l.isBlank()) {
          throw new IllegalArgumentException("flagged_words: lists has an empty path");
        }
      }
      if (enabled && bundled.isEmpty() && lists.isEmpty()) {
        throw new IllegalArgumentException("flagged_words: no words to look for (bundled is empty and no lists)");
      }
    }
  }

  private final Params params;
  private final FlaggedWords words;

  public FlaggedWordsFilter(Params params) {
    this.params = params;
    this.words = load(params);
  }

  static FlaggedWords load(Params params) {
    FlaggedWords w = new FlaggedWords();
    for (String b : params.bundled()) {
      for (ListFile.Entry e : ListFile.resource("flagged_words_" + b.toLowerCase(Locale.ROOT) + ".txt")) {
        w.add(e.text());
      }
    }
    for (String path : params.lists()) {
      for (ListFile.Entry e : ListFile.read(path)) {
        w.add(e.text());
      }
    }
    return w;
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public List<String> signalNames() {
    return List.of(HITS, RATIO);
  }

  @Override
  public void measure(DocumentAnalysis doc, Signals out) {
    int total = doc.words().size();
    int hits = total == 0 ? 0 : words.count(doc.segmented());
    out.put(HITS, hits);
    out.put(RATIO, total == 0 ? 0 : (double) hits / total);
  }

  @Override
  public Verdict decide(DocumentAnalysis doc, Signals signals) {
    double hits = signals.get(HITS);
    double ratio = signals.get(RATIO);
    if (hits >= params.minHits() && ratio > params.maxRatio()) {
      return Verdict.reject(Why.TOO_MANY, String.format(Locale.ROOT, "%d flagged of %d words = %.4f > %.4f",
          (long) hits, doc.words().size(), ratio, params.maxRatio()));
    }
    return Verdict.keep();
  }
}
