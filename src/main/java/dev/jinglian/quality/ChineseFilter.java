package dev.jinglian.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.jinglian.filter.FilterDefinition;
import dev.jinglian.filter.FilterParams;
import dev.jinglian.filter.Reason;
import dev.jinglian.filter.Verdict;
import dev.jinglian.lang.TextMass;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Script;
import dev.jinglian.tag.ScriptProfile;
import dev.jinglian.tag.Signals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules for Chinese text (documents labelled {@code zh-Hans} or {@code zh-Hant}; other languages skip the family,
 * counted). Each targets a kind of junk that English rules miss or mistake for Chinese:
 * <ul>
 *   <li>{@code low_han_ratio}: Han characters carry less than 30 % of the visible text, a Han character weighing
 *       three others ({@link TextMass}): a table, log or code listing with Chinese labels (language
 *       identification counts letters only, so digits and symbols escape it; the weight keeps a man page that
 *       quotes many option names);
 *   <li>{@code char_repetition}: BigScience ROOTS's character repetition ratio with its Chinese settings
 *       (3-grams, at most 0.2) over the words' characters, a non-Chinese word counting as one unit: SEO pages
 *       and spam repeat the same phrases. The ratio sums the √N most frequent repeated 3-grams of N, so a text
 *       in which a few terms recur by chance already scores up to 2/√N; it is applied from N = 400 3-grams
 *       (about 400 characters), where that chance level is at most half the cutoff, and skipped (counted) below;
 *   <li>{@code special_chars}: more than 30 % of visible characters are symbols (ROOTS's Chinese cutoff; ROOTS
 *       also counted sentence punctuation, digits and spaces, so this drops a subset of what ROOTS drops, and
 *       not terse classical Chinese, which is a quarter punctuation): decoration, ASCII art, markup;
 *   <li>{@code digits}: more than 30 % digits (the CC-zh cut-off): price lists, timetables, number dumps;
 *   <li>{@code short_lines}: lines average under 4 characters, fewer than two words: menus and word lists;
 *   <li>{@code long_line}: a line of over 10,000 characters: literary paragraphs run to a few thousand, a longer
 *       unbroken line is a dump or lost formatting;
 *   <li>{@code no_line_punctuation}: fewer than 12 % of lines (FineWeb's threshold) end in Chinese punctuation,
 *       pauses (，、；：) included since prose and verse wrap there: titles, navigation, tag clouds;
 *   <li>{@code keyword_stuffing}: one content word (two or more characters, not a stop word) makes up more than
 *       10 % of all words. In Chinese prose the most frequent word of all, 的, is about 4–6 % of words, and a
 *       topic word rarely half that; twice 的's rate is a page written for a search engine. Applies to documents
 *       of at least 50 words (skipped, and counted, below).
 * </ul>
 * Thresholds come from the cited published settings or, where none exists, from the principle stated, not from
 * the sample data; docs/BENCHMARKS.md reports their keep rates on real Chinese prose, documentation and poetry.
 */
public final class ChineseFilter extends RuleFamily {
  public static final String FAMILY = "chinese";
  public static final String HAN_RATIO = "zh_han_ratio";
  public static final String CHAR_REPETITION = "zh_char_rep_ratio";
  public static final String SPECIAL_CHARS = "zh_special_char_ratio";
  public static final String DIGITS = "zh_digit_ratio";
  public static final String MEAN_LINE = "zh_mean_line_length";
  public static final String MAX_LINE = "zh_max_line_length";
  public static final String LINE_PUNCT = "zh_line_end_punct_ratio";
  public static final String TOP_WORD = "zh_top_word_ratio";
  /** Punctuation of running text, which {@link #specialChars} does not count. */
  private static final String ORDINARY_PUNCTUATION = ",.;:!?'\"()-%\u2014\u2013\u2026\u00B7\u3001\u3002"
      + "\u300C\u300D\u300E\u300F\u300A\u300B\u3008\u3009\u201C\u201D\u2018\u2019\uFF08\uFF09"
      + "\u3010\u3011\u3014\u3015\uFF0C\uFF1B\uFF1A\uFF01\uFF1F\uFF5E\u30FB";
  /** Character n-gram size of the repetition ratio (ROOTS's Chinese setting). */
  static final int REPETITION_N = 3;
  /** Fewest 3-grams for the repetition ratio: its chance level 2/√N is then at most 0.1, half the cutoff. */
  static final int REPETITION_MIN_NGRAMS = 400;

  public static final FilterDefinition<Params> DEFINITION =
      new FilterDefinition<>(FAMILY, Params.class, true, ChineseFilter::new,
          "Chinese junk: non-Chinese bulk, repetition, symbols, digits, menus, keyword stuffing");

  /** Why {@link ChineseFilter} drops a document. */
  public enum Why implements Reason {
    LOW_HAN_RATIO, CHAR_REPETITION, SPECIAL_CHARS, DIGITS, SHORT_LINES, LONG_LINE, NO_LINE_PUNCTUATION,
    KEYWORD_STUFFING;

    @Override
    public String family() {
      return FAMILY;
    }
  }


  /**
   * @param enabled whether the family runs (default true)
   * @param minHanRatio least weighted share of Han characters in the visible text (default 0.3)
   * @param maxCharRepetition largest character 3-gram repetition ratio (default 0.2)
   * @param maxSpecialCharRatio largest share of symbols among visible characters (default 0.3)
   * @param maxDigitRatio largest share of digits among visible characters (default 0.3)
   * @param minMeanLineLength least mean number of visible characters per line (default 4)
   * @param maxLineLength most visible characters in one line (default 10,000)
   * @param minLinePunctRatio least share of lines ending in Chinese punctuation (default 0.12)
   * @param maxTopWordRatio largest share of all words taken by one content word (default 0.1)
   * @param minWords documents with fewer HanLP words skip the keyword-stuffing rule (default 50)
   */
  public record Params(
      @JsonPropertyDescription("whether the rule runs (Chinese documents only)")
      @JsonProperty("enabled") Boolean enabled,
      @JsonPropertyDescription("least share of the visible text in Han characters (a Han character counts 3)")
      @JsonProperty("min_han_ratio") Double minHanRatio,
      @JsonPropertyDescription("largest ROOTS character 3-gram repetition ratio (from 400 3-grams)")
      @JsonProperty("max_char_repetition") Double maxCharRepetition,
      @JsonPropertyDescription("largest share of symbols among visible characters")
      @JsonProperty("max_special_char_ratio") Double maxSpecialCharRatio,
      @JsonPropertyDescription("largest share of digits among visible characters")
      @JsonProperty("max_digit_ratio") Double maxDigitRatio,
      @JsonPropertyDescription("least mean number of visible characters per line")
      @JsonProperty("min_mean_line_length") Double minMeanLineLength,
      @JsonPropertyDescription("most visible characters in one line")
      @JsonProperty("max_line_length") Integer maxLineLength,
      @JsonPropertyDescription("least share of lines ending in Chinese punctuation, pauses included")
      @JsonProperty("min_line_punct_ratio") Double minLinePunctRatio,
      @JsonPropertyDescription("largest share of words taken by one content word (from 50 words)")
      @JsonProperty("max_top_word_ratio") Double maxTopWordRatio,
      @JsonPropertyDescription("documents with fewer HanLP words skip the keyword-stuffing rule")
      @JsonProperty("min_words") Integer minWords) implements FilterParams {
    public Params {
      enabled = enabled == null || enabled;
      minHanRatio = Thresholds.share(FAMILY, "min_han_ratio", minHanRatio, 0.3);
      maxCharRepetition = Thresholds.share(FAMILY, "max_char_repetition", maxCharRepetition, 0.2);
      maxSpecialCharRatio = Thresholds.share(FAMILY, "max_special_char_ratio", maxSpecialCharRatio, 0.3);
      maxDigitRatio = Thresholds.share(FAMILY, "max_digit_ratio", maxDigitRatio, 0.3);
      minMeanLineLength = Thresholds.positive(FAMILY, "min_mean_line_length", minMeanLineLength, 4.0);
      maxLineLength = Thresholds.count(FAMILY, "max_line_length", maxLineLength, 10_000);
      minLinePunctRatio = Thresholds.share(FAMILY, "min_line_punct_ratio", minLinePunctRatio, 0.12);
      maxTopWordRatio = Thresholds.share(FAMILY, "max_top_word_ratio", maxTopWordRatio, 0.1);
      minWords = Thresholds.count(FAMILY, "min_words", minWords, 50);
    }
  }

  private final Params params;

  public ChineseFilter(Params params) {
    super(FAMILY, List.of(HAN_RATIO, CHAR_REPETITION, SPECIAL_CHARS, DIGITS, MEAN_LINE, MAX_LINE, LINE_PUNCT,
        TOP_WORD), List.of(
        Thresholds.Cut.min(HAN_RATIO, params.minHanRatio(), Why.LOW_HAN_RATIO),
        Thresholds.Cut.max(CHAR_REPETITION, params.maxCharRepetition(), Why.CHAR_REPETITION),
        Thresholds.Cut.max(SPECIAL_CHARS, params.maxSpecialCharRatio(), Why.SPECIAL_CHARS),
        Thresholds.Cut.max(DIGITS, params.maxDigitRatio(), Why.DIGITS),
        Thresholds.Cut.min(MEAN_LINE, params.minMeanLineLength(), Why.SHORT_LINES),
        Thresholds.Cut.max(MAX_LINE, params.maxLineLength(), Why.LONG_LINE),
        Thresholds.Cut.min(LINE_PUNCT, params.minLinePunctRatio(), Why.NO_LINE_PUNCTUATION),
        Thresholds.Cut.max(TOP_WORD, params.maxTopWordRatio(), Why.KEYWORD_STUFFING)));
    this.params = params;
  }

  static boolean isChinese(DocumentAnalysis doc) {
    return doc.lang().equals("zh") || doc.lang().startsWith("zh-");
  }

  @Override
  public List<String> skippedRules(DocumentAnalysis doc, Signals signals) {
    if (!isChinese(doc)) {
      return List.of();
    }
    List<String> skipped = new ArrayList<>(2);
    if (!signals.has(CHAR_REPETITION)) {
      skipped.add("char_repetition");
    }
    if (!signals.has(TOP_WORD)) {
      skipped.add("keyword_stuffing");
    }
    return skipped;
  }

  @Override
  public void measure(DocumentAnalysis doc, Signals out) {
    if (!isChinese(doc)) {
      return;
    }
    ScriptProfile p = doc.scripts();
    int visible = p.codePoints() - p.count(Script.SPACE);
    double han = TextMass.weight(Script.HAN) * p.count(Script.HAN);
    out.put(HAN_RATIO, Lines.ratio(han, han + visible - p.count(Script.HAN)));
    Repetition units = Repetition.of(doc);
    if (units != null && units.ngrams(REPETITION_N) >= REPETITION_MIN_NGRAMS) {
      out.put(CHAR_REPETITION, units.topRepeatedShare(REPETITION_N));
    }
    out.put(SPECIAL_CHARS, Lines.ratio(specialChars(doc.text()), visible));
    out.put(DIGITS, Lines.ratio(p.count(Script.DIGIT), visible));
    List<String> lines = Lines.nonBlank(doc);
    long lineChars = 0;
    long longest = 0;
    int punct = 0;
    for (String line : lines) {
      long chars = Lines.nonSpaceChars(line);
      lineChars += chars;
      longest = Math.max(longest, chars);
      punct += Punctuation.endsInChinesePunctuation(line) ? 1 : 0;
    }
    out.put(MEAN_LINE, Lines.ratio(lineChars, lines.size()));
    out.put(MAX_LINE, longest);
    out.put(LINE_PUNCT, Lines.ratio(punct, lines.size()));
    if (doc.words().size() >= params.minWords()) {
      out.put(TOP_WORD, topContentWordShare(doc.words()));
    }
  }

  /**
   * Visible characters that are neither letters, digits nor ordinary sentence punctuation (Chinese or Western,
   * full- or half-width): symbols, emoji, markup and ASCII-art characters such as # * @ _ | / \\ ~ ^ = + < > [ ] { }.
   */
  static int specialChars(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetterOrDigit(cp) && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
          && ORDINARY_PUNCTUATION.indexOf(cp) < 0) {
        n++;
      }
    }
    return n;
  }

  /** Share of all words taken by the most frequent word of two or more Han characters that is not a stop word. */
  static double topContentWordShare(List<String> words) {
    Map<String, Integer> counts = new HashMap<>();
    int top = 0;
    for (String w : words) {
      if (w.length() >= 2 && w.codePointAt(0) >= 0x3400 && !StopWords.isChinese(w)) {
        top = Math.max(top, counts.merge(w, 1, Integer::sum));
      }
    }
    return Lines.ratio(top, words.size());
  }

  @Override
  public Verdict decide(DocumentAnalysis doc, Signals s) {
    if (!isChinese(doc)) {
      return Verdict.notApplicable("not Chinese");
    }
    return super.decide(doc, s);
  }
}
