package dev.jinglian.lang;

import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Script;
import dev.jinglian.tag.ScriptProfile;
import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/**
 * Language from writing system alone. Decides Chinese (and its simplified/traditional variant), Japanese, Korean
 * and the languages that own their script (Greek, Hebrew, Thai, ...); for scripts shared by many languages
 * (Latin, Cyrillic, Arabic, Devanagari) it answers "undetermined" with the script subtag ({@code und-Latn}) and
 * names the script a statistical detector must then resolve.
 *
 * <p>Scripts are compared by {@link TextMass} (a CJK character weighs three letters), so a Chinese page quoting
 * English option names stays Chinese while a "Chinese" help page that is 98 % English becomes {@code und-Latn}.
 * The score is the weighted share of the document's letters written in the deciding script: a document that is
 * 60 % Chinese and 40 % English scores 0.6 for Chinese.
 */
public final class ScriptLanguageIdentifier implements LanguageIdentifier {
  /** Kana share of CJK characters above which text is Japanese (Japanese prose runs 30–70 % kana, Chinese 0). */
  static final double JAPANESE_KANA_SHARE = 0.05;

  /** Scripts written by one language only (or, for Bengali and Ethiopic, by one dominant language). */
  private static final Map<UnicodeScript, String> SINGLE_LANGUAGE_SCRIPTS = new EnumMap<>(Map.ofEntries(
      Map.entry(UnicodeScript.GREEK, "el"), Map.entry(UnicodeScript.HEBREW, "he"),
      Map.entry(UnicodeScript.THAI, "th"), Map.entry(UnicodeScript.ARMENIAN, "hy"),
      Map.entry(UnicodeScript.GEORGIAN, "ka"), Map.entry(UnicodeScript.KHMER, "km"),
      Map.entry(UnicodeScript.LAO, "lo"), Map.entry(UnicodeScript.MYANMAR, "my"),
      Map.entry(UnicodeScript.SINHALA, "si"), Map.entry(UnicodeScript.TAMIL, "ta"),
      Map.entry(UnicodeScript.TELUGU, "te"), Map.entry(UnicodeScript.KANNADA, "kn"),
      Map.entry(UnicodeScript.MALAYALAM, "ml"), Map.entry(UnicodeScript.GUJARATI, "gu"),
      Map.entry(UnicodeScript.GURMUKHI, "pa"), Map.entry(UnicodeScript.BENGALI, "bn"),
      Map.entry(UnicodeScript.ORIYA, "or"), Map.entry(UnicodeScript.TIBETAN, "bo"),
      Map.entry(UnicodeScript.ETHIOPIC, "am")));

  /** ISO 15924 subtags of the scripts a statistical detector resolves. */
  static final Map<UnicodeScript, String> SHARED_SCRIPTS = new EnumMap<>(Map.of(
      UnicodeScript.LATIN, "Latn", UnicodeScript.CYRILLIC, "Cyrl",
      UnicodeScript.ARABIC, "Arab", UnicodeScript.DEVANAGARI, "Deva"));

  /**
   * What the writing system says about a text.
   *
   * @param tag BCP-47 tag: a language ({@code zh-Hans}, {@code ja}, {@code el}), {@code und-Latn}-style when a
   *     detector must choose, or {@code und} when there are no letters or the script is unknown here
   * @param detectorScript the shared script a detector must resolve, or null when the tag is final
   * @param share weighted share of letters in the deciding script, in [0, 1]
   */
  public record Guess(String tag, UnicodeScript detectorScript, double share) {
    public boolean needsDetector() {
      return detectorScript != null;
    }
  }

  /** The tags of single-language scripts ({@code el}, {@code he}, {@code th}, ...). */
  static java.util.Collection<String> singleLanguageTags() {
    return SINGLE_LANGUAGE_SCRIPTS.values();
  }

  @Override
  public void identify(DocumentAnalysis doc) {
    Guess g = guess(doc.text(), doc.scripts());
    doc.setLanguage(g.tag(), g.share());
  }

  /** Classifies {@code text}, whose script profile is {@code p}. */
  public static Guess guess(String text, ScriptProfile p) {
    double mass = TextMass.letters(p);
    if (mass == 0) {
      return new Guess("und", null, 0);
    }
    int han = p.count(Script.HAN);
    int kana = p.count(Script.KANA);
    double cjk = TextMass.CJK_CHARACTER_WEIGHT * (han + kana);
    double hangul = TextMass.CJK_CHARACTER_WEIGHT * p.count(Script.HANGUL);
    double latin = p.count(Script.LATIN);
    double cyrillic = p.count(Script.CYRILLIC);
    double other = p.count(Script.OTHER_LETTER);
    double top = Math.max(Math.max(cjk, hangul), Math.max(Math.max(latin, cyrillic), other));
    if (top == cjk) {
      String tag = kana > JAPANESE_KANA_SHARE * (han + kana) ? "ja" : ChineseVariant.of(text);
      return new Guess(tag, null, cjk / mass);
    }
    if (top == hangul) {
      return new Guess("ko", null, hangul / mass);
    }
    if (top == latin) {
      return shared(UnicodeScript.LATIN, latin / mass);
    }
    if (top == cyrillic) {
      return shared(UnicodeScript.CYRILLIC, cyrillic / mass);
    }
    UnicodeScript script = majorOtherScript(text);
    String single = SINGLE_LANGUAGE_SCRIPTS.get(script);
    if (single != null) {
      return new Guess(single, null, other / mass);
    }
    return SHARED_SCRIPTS.containsKey(script) ? shared(script, other / mass) : new Guess("und", null, other / mass);
  }

  private static Guess shared(UnicodeScript script, double share) {
    return new Guess("und-" + SHARED_SCRIPTS.get(script), script, share);
  }

  /** The most frequent Unicode script among letters outside Han, Kana, Hangul, Latin and Cyrillic. */
  private static UnicodeScript majorOtherScript(String text) {
    int[] counts = new int[UnicodeScript.values().length];
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp >= 0x370 && Script.of(cp) == Script.OTHER_LETTER) {
        counts[UnicodeScript.of(cp).ordinal()]++;
      }
    }
    int best = UnicodeScript.UNKNOWN.ordinal();
    for (int s = 0; s < counts.length; s++) {
      if (counts[s] > counts[best]) {
        best = s;
      }
    }
    return UnicodeScript.values()[best];
  }
}
