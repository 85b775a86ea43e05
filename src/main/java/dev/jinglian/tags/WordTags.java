package dev.jinglian.tags;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import dev.jinglian.filter.FilterDefinition;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import java.util.List;
import java.util.Locale;

/**
 * Word-level tags from the shared HanLP segmentation: mean word length (code points), stopword ratio (HanLP's
 * stopword dictionary, which lists Chinese function words and common English ones) and the share of Chinese
 * words missing from HanLP's core dictionary (out-of-vocabulary: names, jargon, garbled or machine text).
 * Word count is the {@code words} column already. Columns are null for a document without words; the OOV
 * share is null without Chinese words, since the core dictionary covers Chinese only.
 */
public final class WordTags extends TagFamily {
  public static final String FAMILY = "word_tags";
  public static final String MEAN_WORD_LENGTH = "mean_word_length";
  public static final String STOPWORD_RATIO = "stopword_ratio";
  public static final String OOV_RATIO = "oov_ratio";

  public static final FilterDefinition<TagParams> DEFINITION =
      new FilterDefinition<>(FAMILY, TagParams.class, true, p -> new WordTags(),
      "tags mean_word_length, stopword_ratio and oov_ratio from the HanLP words; never drops");

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public List<String> signalNames() {
    return List.of(MEAN_WORD_LENGTH, STOPWORD_RATIO, OOV_RATIO);
  }

  @Override
  public void measure(DocumentAnalysis doc, Signals out) {
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
      if (CoreStopWordDictionary.contains(w.toLowerCase(Locale.ROOT))) {
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
