package dev.jinglian.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.jinglian.filter.FilterDefinition;
import dev.jinglian.filter.FilterParams;
import dev.jinglian.filter.Reason;
import dev.jinglian.lang.TextMass;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import java.util.List;

/**
 * FineWeb's quality rules (Penedo et al. 2024; datatrove's FineWebQualityFilter defaults): at least 12 % of
 * lines end in terminal punctuation, at most 67 % of lines are short (30 characters or fewer), at most 1 % of
 * the characters are in repeated lines, and at most 0.3 line breaks per word (list-like pages).
 *
 * <p>Per language: terminal punctuation includes 。！？ and the Chinese closing marks and ellipsis; a line's
 * length counts a Han, Kana or Hangul character as three ({@link TextMass}), so "30 characters" is the same
 * amount of text in Chinese (ten characters, a short phrase) as in English; words are HanLP words. Off by
 * default: FineWeb tuned these on English web pages, and the short-line and list rules drop verse and
 * documentation laid out one item per line, in every language.
 */
public final class FineWebFilter extends RuleFamily {
  public static final String FAMILY = "fineweb";
  public static final String LINE_PUNCT = "fineweb_line_punct_ratio";
  public static final String SHORT_LINES = "fineweb_short_line_ratio";
  public static final String DUP_LINE_CHARS = "fineweb_dup_line_char_ratio";
  public static final String NEWLINES_PER_WORD = "fineweb_newline_word_ratio";

  public static final FilterDefinition<Params> DEFINITION =
      new FilterDefinition<>(FAMILY, Params.class, false, FineWebFilter::new,
          "FineWeb rules: line punctuation, short lines, repeated lines, list pages (off by default)");

  /** Why {@link FineWebFilter} drops a document. */
  public enum Why implements Reason {
    LINE_PUNCT_RATIO, SHORT_LINE_RATIO, CHAR_DUP_RATIO, LIST_RATIO;

    @Override
    public String family() {
      return FAMILY;
    }
  }


  /**
   * @param enabled whether the family runs (default false)
   * @param minLinePunctRatio least share of lines ending in terminal punctuation (default 0.12)
   * @param maxShortLineRatio largest share of short lines (default 0.67)
   * @param shortLineLength a line this long or shorter is short, in {@link TextMass} units (default 30)
   * @param maxDupLineCharRatio largest share of characters in repeated lines (default 0.01)
   * @param maxNewlineWordRatio most line breaks per word (default 0.3)
   */
  public record Params(
      @JsonPropertyDescription("whether the rule runs (off by default)")
      @JsonProperty("enabled") Boolean enabled,
      @JsonPropertyDescription("least share of lines ending in terminal punctuation")
      @JsonProperty("min_line_punct_ratio") Double minLinePunctRatio,
      @JsonPropertyDescription("largest share of short lines")
      @JsonProperty("max_short_line_ratio") Double maxShortLineRatio,
      @JsonPropertyDescription("a line of at most this many characters is short (a CJK character counts 3)")
      @JsonProperty("short_line_length") Integer shortLineLength,
      @JsonPropertyDescription("largest share of characters in repeated lines")
      @JsonProperty("max_dup_line_char_ratio") Double maxDupLineCharRatio,
      @JsonPropertyDescription("most line breaks per word")
      @JsonProperty("max_newline_word_ratio") Double maxNewlineWordRatio) implements FilterParams {
    public Params {
      enabled = enabled != null && enabled;
      minLinePunctRatio = Thresholds.share(FAMILY, "min_line_punct_ratio", minLinePunctRatio, 0.12);
      maxShortLineRatio = Thresholds.share(FAMILY, "max_short_line_ratio", maxShortLineRatio, 0.67);
      shortLineLength = Thresholds.count(FAMILY, "short_line_length", shortLineLength, 30);
      maxDupLineCharRatio = Thresholds.share(FAMILY, "max_dup_line_char_ratio", maxDupLineCharRatio, 0.01);
      maxNewlineWordRatio = Thresholds.positive(FAMILY, "max_newline_word_ratio", maxNewlineWordRatio, 0.3);
    }
  }

  private final Params params;

  public FineWebFilter(Params params) {
    super(FAMILY, List.of(LINE_PUNCT, SHORT_LINES, DUP_LINE_CHARS, NEWLINES_PER_WORD), List.of(
        Thresholds.Cut.min(LINE_PUNCT, params.minLinePunctRatio(), Why.LINE_PUNCT_RATIO),
        Thresholds.Cut.max(SHORT_LINES, params.maxShortLineRatio(), Why.SHORT_LINE_RATIO),
        Thresholds.Cut.max(DUP_LINE_CHARS, params.maxDupLineCharRatio(), Why.CHAR_DUP_RATIO),
        Thresholds.Cut.max(NEWLINES_PER_WORD, params.maxNewlineWordRatio(), Why.LIST_RATIO)));
    this.params = params;
  }

  @Override
  public void measure(DocumentAnalysis doc, Signals out) {
    List<String> lines = Lines.nonBlank(doc);
    boolean cjk = doc.isCjk();
    int punct = 0;
    int shortLines = 0;
    for (String line : lines) {
      punct += Punctuation.endsSentence(line, cjk) ? 1 : 0;
      shortLines += TextMass.of(line) <= params.shortLineLength() ? 1 : 0;
    }
    out.put(LINE_PUNCT, Lines.ratio(punct, lines.size()));
    out.put(SHORT_LINES, Lines.ratio(shortLines, lines.size()));
    out.put(DUP_LINE_CHARS, Lines.ratio(Lines.duplicates(lines)[1],
        Lines.nonSpaceChars(doc)));
    int newlines = Lines.count(doc.text(), '\n');
    out.put(NEWLINES_PER_WORD, Lines.ratio(newlines, doc.words().size()));
  }
}
