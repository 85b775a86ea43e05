package dev.jinglian.lang;

import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Script;
import dev.jinglian.tag.ScriptProfile;

/**
 * Language from writing system alone: reliable for Chinese, Japanese and Korean (Han, Kana, Hangul), and
 * "undetermined" with the script subtag for alphabetic text ({@code und-Latn}, {@code und-Cyrl}), which a
 * statistical detector then resolves. The score is the share of letters in the deciding script.
 */
public final class ScriptLanguageIdentifier implements LanguageIdentifier {
  /** Kana share of CJK letters above which Han text is Japanese (Japanese prose runs 30-70 % kana). */
  static final double JAPANESE_KANA_SHARE = 0.05;

  @Override
  public void identify(DocumentAnalysis doc) {
    ScriptProfile p = doc.scripts();
    int letters = p.letters();
    if (letters == 0) {
      doc.setLanguage("und", 0);
      return;
    }
    int han = p.count(Script.HAN);
    int kana = p.count(Script.KANA);
    int hangul = p.count(Script.HANGUL);
    Script dominant = p.dominantLetterScript();
    int cjk = han + kana;
    if (cjk > 0 && (dominant == Script.HAN || dominant == Script.KANA)) {
      if (kana > JAPANESE_KANA_SHARE * cjk) {
        doc.setLanguage("ja", (double) cjk / letters);
      } else {
        doc.setLanguage("zh", (double) han / letters);
      }
      return;
    }
    double share = (double) p.count(dominant) / letters;
    switch (dominant) {
      case HANGUL -> doc.setLanguage("ko", (double) hangul / letters);
      case LATIN -> doc.setLanguage("und-Latn", share);
      case CYRILLIC -> doc.setLanguage("und-Cyrl", share);
      default -> doc.setLanguage("und", share);
    }
  }
}
