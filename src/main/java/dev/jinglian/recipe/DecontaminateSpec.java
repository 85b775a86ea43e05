package dev.jinglian.recipe;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Benchmark decontamination ({@code decontaminate}): documents that contain a benchmark item are dropped, or the
 * matching text is cut out. Absent from a recipe, the stage does not run.
 *
 * @param benchmarks the benchmarks to check against (at least one)
 * @param ngramZh n-gram length in characters for Chinese and Japanese items (default 13)
 * @param ngramEn n-gram length in words for items in space-delimited scripts (default 13)
 * @param action {@code drop} the document (default) or {@code cut} the matching spans out of it
 * @param minMatches distinct item n-grams a document must contain to count as containing the item; an item with
 *     fewer n-grams must appear whole (default 3)
 * @param maxItemsPerNgram an n-gram found in more benchmark items than this is boilerplate of the benchmark
 *     ("which of the following statements is correct") and is not used (default 5)
 * @param minFraction share of an item's n-grams a document must also contain (default 0: off). Raising it spares
 *     documents that share only a famous quotation an item cites, at some cost in recall on documents that quote
 *     only part of an item (measured in docs/BENCHMARKS.md)
 */
public record DecontaminateSpec(
    @JsonPropertyDescription("benchmark files whose items must not appear in training data")
    @JsonProperty(value = "benchmarks", required = true) List<BenchmarkSpec> benchmarks,
    @JsonPropertyDescription("n-gram length in characters for Chinese/Japanese items (default 13)")
    @JsonProperty("ngram_zh") Integer ngramZh,
    @JsonPropertyDescription("n-gram length in words for other items (default 13)")
    @JsonProperty("ngram_en") Integer ngramEn,
    @JsonPropertyDescription("drop the document, or cut the matching spans (default drop)")
    @JsonProperty("action") String action,
    @JsonPropertyDescription("n-grams of one item a document must contain to match it (default 3, or all of a shorter item)")
    @JsonProperty("min_matches") Integer minMatches,
    @JsonPropertyDescription("n-grams shared by more items are benchmark boilerplate and ignored (default 5)")
    @JsonProperty("max_items_per_ngram") Integer maxItemsPerNgram,
    @JsonPropertyDescription("also require this share of the item's n-grams (default 0)")
    @JsonProperty("min_fraction") Double minFraction) implements Serializable {

  public static final int NGRAM_DEFAULT = 13;
  public static final int MIN_NGRAM = 3;
  public static final String DROP = "drop";
  public static final String CUT = "cut";
  public static final int MIN_MATCHES_DEFAULT = 3;
  public static final int MAX_ITEMS_PER_NGRAM_DEFAULT = 5;

  public DecontaminateSpec {
    if (benchmarks == null || benchmarks.isEmpty()) {
      throw new IllegalArgumentException("decontaminate needs at least one benchmark");
    }
    benchmarks = List.copyOf(benchmarks);
    Set<String> names = new HashSet<>();
    for (BenchmarkSpec b : benchmarks) {
      if (!names.add(b.name())) {
        throw new IllegalArgumentException("benchmark name '" + b.name() + "' is used twice");
      }
    }
    ngramZh = ngramZh == null ? NGRAM_DEFAULT : ngramZh;
    ngramEn = ngramEn == null ? NGRAM_DEFAULT : ngramEn;
    if (ngramZh < MIN_NGRAM || ngramEn < MIN_NGRAM) {
      throw new IllegalArgumentException("decontaminate: ngram_zh and ngram_en must be at least " + MIN_NGRAM
          + " (shorter n-grams match ordinary phrases), got ngram_zh=" + ngramZh + ", ngram_en=" + ngramEn);
    }
    action = action == null ? DROP : action.toLowerCase(Locale.ROOT);
    if (!action.equals(DROP) && !action.equals(CUT)) {
      throw new IllegalArgumentException("decontaminate: action must be drop or cut, got '" + action + "'");
    }
    minMatches = minMatches == null ? MIN_MATCHES_DEFAULT : minMatches;
    if (minMatches < 1) {
      throw new IllegalArgumentException("decontaminate: min_matches must be at least 1, got " + minMatches);
    }
    maxItemsPerNgram = maxItemsPerNgram == null ? MAX_ITEMS_PER_NGRAM_DEFAULT : maxItemsPerNgram;
    if (maxItemsPerNgram < 1) {
      throw new IllegalArgumentException("decontaminate: max_items_per_ngram must be at least 1, got "
          + maxItemsPerNgram);
    }
    minFraction = minFraction == null ? 0.0 : minFraction;
    if (!(minFraction >= 0 && minFraction <= 1)) {
      throw new IllegalArgumentException("decontaminate: min_fraction must be in [0, 1], got " + minFraction);
    }
  }

  /** Without {@code min_fraction} (the default 0). */
  public DecontaminateSpec(List<BenchmarkSpec> benchmarks, Integer ngramZh, Integer ngramEn, String action,
      Integer minMatches, Integer maxItemsPerNgram) {
    this(benchmarks, ngramZh, ngramEn, action, minMatches, maxItemsPerNgram, null);
  }

  public boolean cuts() {
    return action.equals(CUT);
  }
}
