package dev.jinglian.tags;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import dev.jinglian.doc.Columns;
import dev.jinglian.filter.FilterDefinition;
import dev.jinglian.filter.FilterParams;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word-level tags from the shared HanLP segmentation: mean word length (code points), stopword ratio (HanLP's
 * stopword dictionary, which lists Chinese function words and common English ones) and the share of Chinese
 * words missing from HanLP's core dictionary (out-of-vocabulary: names, jargon, garbled or machine text).
 * Word count is the {@code words} column already. Columns are null for a document without words; the OOV
 * share is null without Chinese words, since the core dictionary covers Chinese only. With {@code keywords: k}
 * (default {@value Params#KEYWORDS_DEFAULT}, 0 turns it off) the family also writes the {@code keywords} column
 * ({@code array<string>}): the document's top {@code k} {@link TextRank} keywords from the same words, an
 * empty array when it has too few candidates.
 */
public final class WordTags extends TagFamily {
  public static final String FAMILY = "word_tags";
  public static final String MEAN_WORD_LENGTH = "mean_word_length";
  public static final String STOPWORD_RATIO = "stopword_ratio";
  public static final String OOV_RATIO = "oov_ratio";

  public static final FilterDefinition<Params> DEFINITION =
      new FilterDefinition<>(FAMILY, Params.class, true, WordTags::new,
      "tags mean_word_length, stopword_ratio, oov_ratio and TextRank keywords from the HanLP words; never drops");

  /**
   * @param enabled whether the family's columns are computed (default true)
   * @param keywords how many TextRank keywords the {@code keywords} column holds (default 5; 0 = no column)
   */
  public record Params(
      @JsonPropertyDescription("whether the word tag columns are computed (tags never drop documents)")
      @JsonProperty("enabled") Boolean enabled,
      @JsonPropertyDescription("how many TextRank keywords the 'keywords' column (array<string>) holds per document; 0 = no keywords column")
      @JsonProperty("keywords") Integer keywords) implements FilterParams {
    public static final int KEYWORDS_DEFAULT = 5;
    public static final int KEYWORDS_MAX = 100;

    public Params {
      enabled = enabled == null || enabled;
      keywords = keywords == null ? KEYWORDS_DEFAULT : keywords;
      if (keywords < 0 || keywords > KEYWORDS_MAX) {
        throw new IllegalArgumentException("word_tags: keywords must be in [0, " + KEYWORDS_MAX + "], got "
            + keywords);
      }
    }
  }

  private final int keywords;

  public WordTags(Params params) {
    this.keywords = params.keywords();
  }

  /** HanLP's stopword dictionary as a hash set: its own lookup walks a word graph, several times slower. */
  private static final Set<String> STOPWORDS = new HashSet<>();

  static {
    for (String w : CoreStopWordDictionary.dictionary) {
      STOPWORDS.add(w);
    }
  }

  /** Whether a lower-cased word is in HanLP's stopword dictionary (Chinese function words, common English ones). */
  static boolean isStopword(String lower) {
    return STOPWORDS.contains(lower);
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public List<String> signalNames() {
    return List.of(MEAN_WORD_LENGTH, STOPWORD_RATIO, OOV_RATIO);
  }

  @Override
  public List<String> listNames() {
    return keywords > 0 ? List.of(Columns.KEYWORDS) : List.of();
  }

  @Override
  public void measure(DocumentAnalysis doc, Signals out) {
    measureWords(doc, out);
    if (keywords > 0) { // after the word loop, whose stopword lookups have cached the words' hash codes
      out.putList(Columns.KEYWORDS, TextRank.keywords(doc.segmented(), keywords));
    }
  }

  private static void measureWords(DocumentAnalysis doc, Signals out) {
    List<String> words = doc.words();
    if (words.isEmpty()) {
      return;
    }
    long chars = 0;
    int stop = 0;
    int han = 0;
    int oov = 0;
    for (String w : words) {
      chars += w.codePointCount(0, w.length());
      if (isStopword(w.toLowerCase(Locale.ROOT))) {
        stop++;
      }
      if (Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.HAN) {
        han++;
        if (!CoreDictionary.contains(w)) {
          oov++;
        }
      }
    }
    out.put(MEAN_WORD_LENGTH, (double) chars / words.size());
    out.put(STOPWORD_RATIO, (double) stop / words.size());
    if (han > 0) {
      out.put(OOV_RATIO, (double) oov / han);
    }
  }
}
