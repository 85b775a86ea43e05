package dev.jinglian.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.jinglian.filter.FilterDefinition;
import dev.jinglian.filter.FilterParams;
import dev.jinglian.filter.Reason;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import java.util.ArrayList;
import java.util.List;

/**
 * Gopher's repetition rules (Rae et al. 2021, table A1) with their published thresholds: duplicate lines and
 * paragraphs (at most 30 % of them, 20 % of the characters), the most frequent 2-, 3- and 4-gram (at most 20, 18,
 * 16 % of the characters) and repeated 5- to 10-grams (at most 15 % down to 10 %).
 *
 * <p>For space-delimited languages the n-grams are of words. For Chinese and Japanese they are of characters,
 * with n scaled by 1.5 characters per word (the mean length of a HanLP word in Chinese prose) so that a
 * threshold covers the same amount of text: word 2-, 3-, 4-grams become character 3-, 5-, 6-grams and word 5- to
 * 10-grams character 8- to 15-grams. Word n-grams with English thresholds fire on Chinese because its words are
 * short and few (one of the reasons peers drop nearly all real Chinese). Blank lines are not lines, and
 * character shares count characters of words, without spaces or punctuation. The n-gram rules are calibrated
 * on documents of at least 50 words; shorter ones skip them (counted), as one repeated phrase in a 20-word
 * poem is not "repetitive text". Documents over a million units skip them too ({@link Repetition#MAX_UNITS}).
 */
public final class GopherRepetitionFilter extends RuleFamily {
  public static final String FAMILY = "gopher_repetition";
  public static final String DUP_LINES = "gopher_dup_line_ratio";
  public static final String DUP_PARAGRAPHS = "gopher_dup_paragraph_ratio";
  public static final String DUP_LINE_CHARS = "gopher_dup_line_char_ratio";
  public static final String DUP_PARAGRAPH_CHARS = "gopher_dup_paragraph_char_ratio";
  /** Word n-gram sizes of the top-n-gram rules and of the duplicate-n-gram rules. */
  static final int[] TOP_N = {2, 3, 4};
  static final int[] DUP_N = {5, 6, 7, 8, 9, 10};
  /** Characters per word for Chinese and Japanese n-grams. */
  static final double CJK_CHARS_PER_WORD = 1.5;

  public static final FilterDefinition<Params> DEFINITION =
      new FilterDefinition<>(FAMILY, Params.class, true, GopherRepetitionFilter::new,
          "Gopher repetition rules: repeated lines, paragraphs and n-grams (characters for Chinese)");

  /** Why {@link GopherRepetitionFilter} drops a document. */
  public enum Why implements Reason {
    DUP_LINES, DUP_PARAGRAPHS, DUP_LINE_CHARS, DUP_PARAGRAPH_CHARS, TOP_2GRAM, TOP_3GRAM, TOP_4GRAM, DUP_5GRAM,
    DUP_6GRAM, DUP_7GRAM, DUP_8GRAM, DUP_9GRAM, DUP_10GRAM;

    @Override
    public String family() {
      return FAMILY;
    }

    static Why top(int n) {
      return valueOf("TOP_" + n + "GRAM");
    }

    static Why dup(int n) {
      return valueOf("DUP_" + n + "GRAM");
    }
  }


  /**
   * @param enabled whether the family runs (default true)
   * @param maxDupLineRatio largest share of non-blank lines that repeat an earlier line (default 0.3)
   * @param maxDupParagraphRatio largest share of paragraphs that repeat an earlier one (default 0.3)
   * @param maxDupLineCharRatio largest share of characters in repeated lines (default 0.2)
   * @param maxDupParagraphCharRatio largest share of characters in repeated paragraphs (default 0.2)
   * @param maxTopNgramRatios for word 2-, 3-, 4-grams: largest share of characters in the most frequent n-gram
   *     (default [0.20, 0.18, 0.16])
   * @param maxDupNgramRatios for word 5- to 10-grams: largest share of characters in repeated n-grams (default
   *     [0.15, 0.14, 0.13, 0.12, 0.11, 0.10])
   * @param minWords documents with fewer words skip the n-gram rules (default 50)
   */
  public record Params(
      @JsonPropertyDescription("whether the rule runs")
      @JsonProperty("enabled") Boolean enabled,
      @JsonPropertyDescription("largest share of non-blank lines repeating an earlier line")
      @JsonProperty("max_dup_line_ratio") Double maxDupLineRatio,
      @JsonPropertyDescription("largest share of paragraphs repeating an earlier one")
      @JsonProperty("max_dup_paragraph_ratio") Double maxDupParagraphRatio,
      @JsonPropertyDescription("largest share of characters in repeated lines")
      @JsonProperty("max_dup_line_char_ratio") Double maxDupLineCharRatio,
      @JsonPropertyDescription("largest share of characters in repeated paragraphs")
      @JsonProperty("max_dup_paragraph_char_ratio") Double maxDupParagraphCharRatio,
      @JsonPropertyDescription("for word 2-, 3-, 4-grams (character 3-, 5-, 6-grams in Chinese): largest share of"
          + " characters in the most frequent one")
      @JsonProperty("max_top_ngram_ratios") List<Double> maxTopNgramRatios,
      @JsonPropertyDescription("for word 5- to 10-grams (character 8- to 15-grams in Chinese): largest share of"
          + " characters in repeats")
      @JsonProperty("max_dup_ngram_ratios") List<Double> maxDupNgramRatios,
      @JsonPropertyDescription("documents with fewer words skip the n-gram rules")
      @JsonProperty("min_words") Integer minWords) implements FilterParams {
    public Params {
      enabled = enabled == null || enabled;
      maxDupLineRatio = Thresholds.share(FAMILY, "max_dup_line_ratio", maxDupLineRatio, 0.3);
      maxDupParagraphRatio = Thresholds.share(FAMILY, "max_dup_paragraph_ratio", maxDupParagraphRatio, 0.3);
      maxDupLineCharRatio = Thresholds.share(FAMILY, "max_dup_line_char_ratio", maxDupLineCharRatio, 0.2);
      maxDupParagraphCharRatio = Thresholds.share(FAMILY, "max_dup_paragraph_char_ratio",
          maxDupParagraphCharRatio, 0.2);
      maxTopNgramRatios = shares("max_top_ngram_ratios", maxTopNgramRatios, List.of(0.20, 0.18, 0.16), TOP_N);
      maxDupNgramRatios = shares("max_dup_ngram_ratios", maxDupNgramRatios,
          List.of(0.15, 0.14, 0.13, 0.12, 0.11, 0.10), DUP_N);
      minWords = Thresholds.count(FAMILY, "min_words", minWords, 50);
    }

    private static List<Double> shares(String key, List<Double> values, List<Double> defaults, int[] sizes) {
      List<Double> v = values == null ? defaults : values;
      if (v.size() != sizes.length) {
        throw new IllegalArgumentException(FAMILY + ": " + key + " needs " + sizes.length + " values (n = "
            + sizes[0] + ".." + sizes[sizes.length - 1] + "), got " + v.size());
      }
      for (Double d : v) {
        Thresholds.share(FAMILY, key, d, 0);
      }
      return List.copyOf(v);
    }
  }

  private final Params params;

  public GopherRepetitionFilter(Params params) {
    super(FAMILY, signals(), cuts(params));
    this.params = params;
  }

  private static List<Thresholds.Cut> cuts(Params params) {
    List<Thresholds.Cut> cuts = new ArrayList<>();
    cuts.add(Thresholds.Cut.max(DUP_PARAGRAPHS, params.maxDupParagraphRatio(), Why.DUP_PARAGRAPHS));
    cuts.add(Thresholds.Cut.max(DUP_PARAGRAPH_CHARS, params.maxDupParagraphCharRatio(), Why.DUP_PARAGRAPH_CHARS));
    cuts.add(Thresholds.Cut.max(DUP_LINES, params.maxDupLineRatio(), Why.DUP_LINES));
    cuts.add(Thresholds.Cut.max(DUP_LINE_CHARS, params.maxDupLineCharRatio(), Why.DUP_LINE_CHARS));
    for (int i = 0; i < TOP_N.length; i++) {
      cuts.add(Thresholds.Cut.max(topSignal(TOP_N[i]), params.maxTopNgramRatios().get(i), Why.top(TOP_N[i])));
    }
    for (int i = 0; i < DUP_N.length; i++) {
      cuts.add(Thresholds.Cut.max(dupSignal(DUP_N[i]), params.maxDupNgramRatios().get(i), Why.dup(DUP_N[i])));
    }
    return cuts;
  }

  static String topSignal(int n) {
    return "gopher_top_" + n + "gram_char_ratio";
  }

  static String dupSignal(int n) {
    return "gopher_dup_" + n + "gram_char_ratio";
  }

  /** The n of the units actually counted: words as given, characters scaled for Chinese and Japanese. */
  static int unitsFor(int wordN, boolean cjk) {
    return cjk ? (int) Math.round(wordN * CJK_CHARS_PER_WORD) : wordN;
  }

  private static List<String> signals() {
    List<String> names = new ArrayList<>(List.of(DUP_LINES, DUP_PARAGRAPHS, DUP_LINE_CHARS, DUP_PARAGRAPH_CHARS));
    for (int n : TOP_N) {
      names.add(topSignal(n));
    }
    for (int n : DUP_N) {
      names.add(dupSignal(n));
    }
    return names;
  }

  @Override
  public List<String> skippedRules(DocumentAnalysis doc, Signals signals) {
    return signals.has(topSignal(TOP_N[0])) ? List.of() : List.of("ngrams");
  }

  private boolean ngramsApply(DocumentAnalysis doc) {
    return doc.words().size() >= params.minWords();
  }

  @Override
  public void measure(DocumentAnalysis doc, Signals out) {
    long textChars = Lines.nonSpaceChars(doc);
    List<String> lines = Lines.nonBlank(doc);
    long[] lineDups = Lines.duplicates(lines);
    out.put(DUP_LINES, Lines.ratio(lineDups[0], lines.size()));
    out.put(DUP_LINE_CHARS, Lines.ratio(lineDups[1], textChars));
    List<String> paragraphs = paragraphs(doc.lines());
    long[] paraDups = Lines.duplicates(paragraphs);
    out.put(DUP_PARAGRAPHS, Lines.ratio(paraDups[0], paragraphs.size()));
    out.put(DUP_PARAGRAPH_CHARS, Lines.ratio(paraDups[1], textChars));
    if (!ngramsApply(doc)) {
      return;
    }
    boolean cjk = doc.isCjk();
    Repetition units = Repetition.of(doc);
    if (units == null) {
      return; // longer than Repetition.MAX_UNITS: the n-gram rules are skipped
    }
    for (int n : TOP_N) {
      out.put(topSignal(n), units.topNGramShare(unitsFor(n, cjk)));
    }
    for (int n : DUP_N) {
      out.put(dupSignal(n), units.duplicateNGramShare(unitsFor(n, cjk)));
    }
  }

  /** Paragraphs: runs of non-blank lines (each stripped), separated by blank lines. */
  static List<String> paragraphs(List<String> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder p = new StringBuilder();
    for (String line : lines) {
      String s = line.strip();
      if (!s.isEmpty()) {
        p.append(p.length() == 0 ? "" : "\n").append(s);
      } else if (p.length() > 0) {
        out.add(p.toString());
        p.setLength(0);
      }
    }
    if (p.length() > 0) {
      out.add(p.toString());
    }
    return out;
  }
}
