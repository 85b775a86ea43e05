package dev.jinglian.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.jinglian.filter.FilterDefinition;
import dev.jinglian.filter.FilterParams;
import dev.jinglian.filter.Reason;
import dev.jinglian.filter.Verdict;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import java.util.ArrayList;
import java.util.List;

/**
 * Gopher's quality rules (Rae et al. 2021, "Scaling Language Models", appendix A.1.1) with their published
 * thresholds: 50–100,000 words, mean word length 3–10 characters, at most 0.1 "#" or ellipses per word, at most
 * 90 % of lines starting with a bullet and 30 % ending with an ellipsis, at least 80 % of words with a letter,
 * at least 2 stop words.
 *
 * <p>Words are HanLP words for Chinese and Japanese, so counts and ratios per word mean the same thing in every
 * language. What does not carry over is skipped for those languages and counted as skipped: the mean word
 * length (HanLP words are 1–4 characters by construction, so 3–10 would reject all Chinese) and, by default, the
 * 50-word minimum (BigScience's Chinese setting uses no word minimum; short Chinese texts such as quatrains are
 * complete works; the {@code length} family still drops fragments). Stop words are the document's own
 * language's ({@link StopWords}); a language without a list skips the rule, and documents shorter than
 * {@code min_words}, for which two stop words say nothing, skip it too.
 */
public final class GopherQualityFilter extends RuleFamily {
  public static final String FAMILY = "gopher_quality";
  public static final String MEAN_WORD_LENGTH = "gopher_mean_word_length";
  public static final String HASH_RATIO = "gopher_hash_ratio";
  public static final String ELLIPSIS_RATIO = "gopher_ellipsis_ratio";
  public static final String BULLET_LINES = "gopher_bullet_lines_ratio";
  public static final String ELLIPSIS_LINES = "gopher_ellipsis_lines_ratio";
  public static final String ALPHA_WORDS = "gopher_alpha_words_ratio";
  public static final String STOP_WORDS = "gopher_stop_words";

  public static final FilterDefinition<Params> DEFINITION =
      new FilterDefinition<>(FAMILY, Params.class, true, GopherQualityFilter::new,
          "Gopher quality rules: word counts, word length, symbols, bullets, stop words (per language)");

  /** Why {@link GopherQualityFilter} drops a document. */
  public enum Why implements Reason {
    TOO_FEW_WORDS, TOO_MANY_WORDS, MEAN_WORD_LENGTH_LOW, MEAN_WORD_LENGTH_HIGH, TOO_MANY_HASHES, TOO_MANY_ELLIPSES,
    BULLET_LINES, ELLIPSIS_LINES, NON_ALPHA_WORDS, TOO_FEW_STOP_WORDS;

    @Override
    public String family() {
      return FAMILY;
    }
  }


  /**
   * @param enabled whether the family runs (default true)
   * @param minWords fewest words (default 50)
   * @param maxWords most words (default 100,000)
   * @param cjkMinWords fewest HanLP words for Chinese and Japanese; null (default) skips the rule for them
   * @param minMeanWordLength least mean word length in characters, space-delimited languages (default 3)
   * @param maxMeanWordLength largest mean word length (default 10)
   * @param maxSymbolWordRatio most "#" per word and most ellipses per word (default 0.1)
   * @param maxBulletLinesRatio largest share of lines starting with a bullet (default 0.9)
   * @param maxEllipsisLinesRatio largest share of lines ending with an ellipsis (default 0.3)
   * @param minAlphaWordsRatio least share of words containing a letter (default 0.8)
   * @param minStopWords fewest stop words of the document's language (default 2)
   */
  public record Params(
      @JsonPropertyDescription("whether the rule runs")
      @JsonProperty("enabled") Boolean enabled,
      @JsonPropertyDescription("fewest words (space-delimited languages)")
      @JsonProperty("min_words") Integer minWords,
      @JsonPropertyDescription("most words")
      @JsonProperty("max_words") Integer maxWords,
      @JsonPropertyDescription("fewest HanLP words for Chinese and Japanese (default: no minimum, rule skipped)")
      @JsonProperty("cjk_min_words") Integer cjkMinWords,
      @JsonPropertyDescription("least mean word length in characters (not applied to Chinese and Japanese)")
      @JsonProperty("min_mean_word_length") Double minMeanWordLength,
      @JsonPropertyDescription("largest mean word length in characters")
      @JsonProperty("max_mean_word_length") Double maxMeanWordLength,
      @JsonPropertyDescription("most # and most ellipses per word")
      @JsonProperty("max_symbol_word_ratio") Double maxSymbolWordRatio,
      @JsonPropertyDescription("largest share of lines starting with a bullet")
      @JsonProperty("max_bullet_lines_ratio") Double maxBulletLinesRatio,
      @JsonPropertyDescription("largest share of lines ending with an ellipsis")
      @JsonProperty("max_ellipsis_lines_ratio") Double maxEllipsisLinesRatio,
      @JsonPropertyDescription("least share of words containing a letter")
      @JsonProperty("min_alpha_words_ratio") Double minAlphaWordsRatio,
      @JsonPropertyDescription("fewest stop words of the document's language")
      @JsonProperty("min_stop_words") Integer minStopWords) implements FilterParams {
    public Params {
      enabled = enabled == null || enabled;
      minWords = Thresholds.count(FAMILY, "min_words", minWords, 50);
      maxWords = Thresholds.count(FAMILY, "max_words", maxWords, 100_000);
      if (cjkMinWords != null) {
        Thresholds.count(FAMILY, "cjk_min_words", cjkMinWords, 0);
      }
      minMeanWordLength = Thresholds.positive(FAMILY, "min_mean_word_length", minMeanWordLength, 3.0);
      maxMeanWordLength = Thresholds.positive(FAMILY, "max_mean_word_length", maxMeanWordLength, 10.0);
      maxSymbolWordRatio = Thresholds.positive(FAMILY, "max_symbol_word_ratio", maxSymbolWordRatio, 0.1);
      maxBulletLinesRatio = Thresholds.share(FAMILY, "max_bullet_lines_ratio", maxBulletLinesRatio, 0.9);
      maxEllipsisLinesRatio = Thresholds.share(FAMILY, "max_ellipsis_lines_ratio", maxEllipsisLinesRatio, 0.3);
      minAlphaWordsRatio = Thresholds.share(FAMILY, "min_alpha_words_ratio", minAlphaWordsRatio, 0.8);
      minStopWords = Thresholds.count(FAMILY, "min_stop_words", minStopWords, 2);
      Thresholds.ordered(FAMILY, "min_words", minWords, "max_words", maxWords);
      Thresholds.ordered(FAMILY, "min_mean_word_length", minMeanWordLength, "max_mean_word_length",
          maxMeanWordLength);
    }
  }

  private final Params params;

  public GopherQualityFilter(Params params) {
    super(FAMILY, List.of(MEAN_WORD_LENGTH, HASH_RATIO, ELLIPSIS_RATIO, BULLET_LINES, ELLIPSIS_LINES, ALPHA_WORDS,
        STOP_WORDS), List.of(
        Thresholds.Cut.min(MEAN_WORD_LENGTH, params.minMeanWordLength(), Why.MEAN_WORD_LENGTH_LOW),
        Thresholds.Cut.max(MEAN_WORD_LENGTH, params.maxMeanWordLength(), Why.MEAN_WORD_LENGTH_HIGH),
        Thresholds.Cut.max(HASH_RATIO, params.maxSymbolWordRatio(), Why.TOO_MANY_HASHES),
        Thresholds.Cut.max(ELLIPSIS_RATIO, params.maxSymbolWordRatio(), Why.TOO_MANY_ELLIPSES),
        Thresholds.Cut.max(BULLET_LINES, params.maxBulletLinesRatio(), Why.BULLET_LINES),
        Thresholds.Cut.max(ELLIPSIS_LINES, params.maxEllipsisLinesRatio(), Why.ELLIPSIS_LINES),
        Thresholds.Cut.min(ALPHA_WORDS, params.minAlphaWordsRatio(), Why.NON_ALPHA_WORDS),
        Thresholds.Cut.min(STOP_WORDS, params.minStopWords(), Why.TOO_FEW_STOP_WORDS)));
    this.params = params;
  }

  @Override
  public List<String> skippedRules(DocumentAnalysis doc, Signals signals) {
    List<String> skipped = new ArrayList<>(3);
    if (doc.isCjk() && params.cjkMinWords() == null) {
      skipped.add("min_words");
    }
    if (doc.isCjk()) {
      skipped.add("mean_word_length");
    }
    if (!signals.has(STOP_WORDS)) {
      skipped.add("stop_words");
    }
    return skipped;
  }

  private boolean stopWordsApply(DocumentAnalysis doc) {
    return StopWords.known(doc.lang()) && doc.words().size() >= params.minWords();
  }

  @Override
  public void measure(DocumentAnalysis doc, Signals out) {
    List<String> words = doc.words();
    int n = words.size();
    if (!doc.isCjk() && n > 0) {
      long chars = 0;
      for (String w : words) {
        chars += w.codePointCount(0, w.length());
      }
      out.put(MEAN_WORD_LENGTH, (double) chars / n);
    }
    String text = doc.text();
    out.put(HASH_RATIO, Lines.ratio(Lines.count(text, '#'), n));
    out.put(ELLIPSIS_RATIO, Lines.ratio(Punctuation.ellipses(text), n));
    List<String> lines = Lines.nonBlank(doc);
    int bullets = 0;
    int ellipsisEnds = 0;
    for (String line : lines) {
      bullets += startsWithBullet(line) ? 1 : 0;
      ellipsisEnds += Punctuation.endsWithEllipsis(line) ? 1 : 0;
    }
    out.put(BULLET_LINES, Lines.ratio(bullets, lines.size()));
    out.put(ELLIPSIS_LINES, Lines.ratio(ellipsisEnds, lines.size()));
    int alpha = 0;
    for (String w : words) {
      alpha += hasLetter(w) ? 1 : 0;
    }
    out.put(ALPHA_WORDS, Lines.ratio(alpha, n));
    if (stopWordsApply(doc)) {
      out.put(STOP_WORDS, StopWords.count(words, doc.lang()));
    }
  }

  private static boolean hasLetter(String word) {
    if (Character.isLetter(word.charAt(0))) {
      return true;
    }
    for (int i = 1; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i)) || Character.isSurrogate(word.charAt(i))
          && Character.isLetter(word.codePointAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Bullet characters, or a Markdown list marker ("- ", "* ", "+ "). */
  static boolean startsWithBullet(String line) {
    int first = line.codePointAt(0);
    switch (first) {
      case '\u2022': case '\u25CF': case '\u25CB': case '\u25E6': case '\u25AA': case '\u25AB': case '\u25A0':
      case '\u25A1': case '\u25C6': case '\u25C7': case '\u2023': case '\u2043': case '\u2219': case '\u25BA':
      case '\u25B6': case '\u27A2': case '\u27A4':
        return true;
      case '-': case '*': case '+':
        return line.length() > 1 && line.charAt(1) == ' ';
      default:
        return false;
    }
  }

  @Override
  public Verdict decide(DocumentAnalysis doc, Signals s) {
    int n = doc.words().size();
    Integer min = doc.isCjk() ? params.cjkMinWords() : params.minWords();
    if (min != null && n < min) {
      return Verdict.reject(Why.TOO_FEW_WORDS, n, "<", min);
    }
    if (n > params.maxWords()) {
      return Verdict.reject(Why.TOO_MANY_WORDS, n, ">", params.maxWords());
    }
    return super.decide(doc, s);
  }
}
