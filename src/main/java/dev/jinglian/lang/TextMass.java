package dev.jinglian.lang;

import dev.jinglian.tag.Script;
import dev.jinglian.tag.ScriptProfile;

/**
 * How much text a character carries, measured in letters of an alphabetic script. One Han, Kana or Hangul
 * character stands for about three letters of English: an English word averages about five letters plus a space,
 * and the same content in Chinese takes about 1.5–2 characters (HanLP words average ~1.6 characters). Without
 * this weight a Chinese man page that quotes a few command-line options would count as "mostly Latin", and a
 * 30-character Chinese line (a full sentence) would count as a "short line" like a 30-letter English one.
 */
public final class TextMass {
  /** Letters of alphabetic text that one CJK character is worth. */
  public static final double CJK_CHARACTER_WEIGHT = 3.0;

  private TextMass() {}

  /** Weight of one character of script {@code s}: 3 for Han, Kana and Hangul, 1 for every other character. */
  public static double weight(Script s) {
    return s == Script.HAN || s == Script.KANA || s == Script.HANGUL ? CJK_CHARACTER_WEIGHT : 1.0;
  }

  /** Weighted number of letters in a profile. */
  public static double letters(ScriptProfile p) {
    double mass = 0;
    for (Script s : Script.values()) {
      if (s.isLetter()) {
        mass += weight(s) * p.count(s);
      }
    }
    return mass;
  }

  /**
   * Weighted length of a line: every code point counts once (spaces too, as in the published character
   * thresholds), Han, Kana and Hangul characters three times.
   */
  public static double of(CharSequence text) {
    double mass = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      mass += cp < 0x1100 ? 1.0 : weight(Script.of(cp));
    }
    return mass;
  }
}
