package dev.jinglian.quality;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Function words per language, for Gopher's "coherent text contains some stop words" rule. English is Gopher's
 * own list; Chinese is HanLP's core stop-word dictionary restricted to words with Han characters (its English
 * entries and punctuation are left out); the others are each language's most frequent articles, prepositions,
 * conjunctions and auxiliaries (particles for Japanese, as HanLP segments them). Languages without a list here
 * skip the rule rather than being judged by English words.
 */
final class StopWords {
  private static final Map<String, Set<String>> BY_LANGUAGE = Map.of(
      "en", Set.of("the", "be", "to", "of", "and", "that", "have", "with"),
      "de", Set.of("der", "die", "das", "und", "ist", "nicht", "zu", "den", "von", "mit", "sich", "des", "auf",
          "für", "ein", "eine", "dem", "im", "es"),
      "fr", Set.of("le", "la", "les", "de", "des", "et", "est", "un", "une", "du", "en", "que", "qui", "dans",
          "pour", "pas", "au", "sur"),
      "es", Set.of("el", "la", "los", "las", "de", "que", "y", "en", "un", "una", "es", "por", "con", "para",
          "del", "se", "no", "al"),
      "it", Set.of("il", "la", "di", "che", "e", "è", "un", "una", "per", "in", "non", "del", "della", "con",
          "sono", "si", "le", "da"),
      "pt", Set.of("o", "a", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não",
          "é", "no", "na"),
      "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "in", "op", "te", "niet", "met", "voor", "zijn",
          "die"),
      "ru", Set.of("и", "в", "не", "на", "что", "с", "как", "это", "по", "он", "к", "из", "у", "за", "для",
          "то", "от"),
      "ja", Set.of("の", "に", "は", "を", "が", "で", "と", "た", "て", "も", "です", "ます", "から", "まで", "へ",
          "や", "する", "ある", "いる", "した"));

  /** HanLP's core stop words that contain a Han character; one-character ones also as a bit set (fast path). */
  private static final Set<String> CHINESE = new HashSet<>();
  private static final BitSet CHINESE_CHARS = new BitSet();

  static {
    for (String w : CoreStopWordDictionary.dictionary) {
      if (w.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
        CHINESE.add(w);
        if (w.length() == 1) {
          CHINESE_CHARS.set(w.charAt(0));
        }
      }
    }
  }

  private StopWords() {}

  /** Whether {@code word} is one of HanLP's Chinese stop words. */
  static boolean isChinese(String word) {
    return word.length() == 1 ? CHINESE_CHARS.get(word.charAt(0)) : CHINESE.contains(word);
  }

  /** Whether {@code lang} (a tag such as {@code zh-Hant}) has a stop-word list. */
  static boolean known(String lang) {
    return chinese(lang) || BY_LANGUAGE.containsKey(lang);
  }

  /** Stop words among {@code words}; call only when {@link #known} is true. */
  static int count(List<String> words, String lang) {
    int n = 0;
    if (chinese(lang)) {
      for (String w : words) {
        if (isChinese(w)) {
          n++;
        }
      }
      return n;
    }
    Set<String> list = BY_LANGUAGE.get(lang);
    for (String w : words) {
      if (list.contains(w.toLowerCase(Locale.ROOT))) {
        n++;
      }
    }
    return n;
  }

  private static boolean chinese(String lang) {
    return lang.equals("zh") || lang.startsWith("zh-");
  }
}
