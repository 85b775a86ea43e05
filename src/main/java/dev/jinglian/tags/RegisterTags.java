package dev.jinglian.tags;

import com.hankcs.hanlp.HanLP;
import dev.jinglian.filter.FilterDefinition;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Script;
import dev.jinglian.tag.Signals;
import java.util.List;

/**
 * Script and register of Chinese text; every column is null for a document without Han characters.
 * <ul>
 *   <li>{@code traditional_share}: share of Han characters that HanLP's traditional→simplified conversion
 *       changes. Simplified text scores near 0 (a few characters such as 著 convert either way); traditional
 *       text scores well above 0.1, since the most frequent characters (們, 這, 個, 說, 為) all change.</li>
 *   <li>{@code modern_score}: modern (白话) function characters 的了是在们这 (and traditional 們這) minus
 *       classical (文言) ones 之乎者也其而矣焉, per Han character. Modern prose writes 的 alone at a few
 *       percent, classical prose and verse almost never, so a document at or above
 *       {@link #MODERN_THRESHOLD} reads as modern. Counting characters, not words, keeps the tag independent of
 *       the segmenter (HanLP's dictionary is modern Chinese and splits classical text poorly).</li>
 *   <li>{@code verse_line_share}: share of non-blank lines laid out like verse: short lines of two or more
 *       clauses of 3–9 Han characters each (五言/七言 shi lines, most ci lines).</li>
 * </ul>
 */
public final class RegisterTags extends TagFamily {
  public static final String FAMILY = "register_tags";
  public static final String TRADITIONAL_SHARE = "traditional_share";
  public static final String MODERN_SCORE = "modern_score";
  public static final String VERSE_LINE_SHARE = "verse_line_share";
  /** {@code modern_score} at or above this reads as modern Chinese (validated on sample-data, see tests). */
  public static final double MODERN_THRESHOLD = 0.015;
  /** {@code traditional_share} at or above this reads as traditional script. */
  public static final double TRADITIONAL_THRESHOLD = 0.05;

  private static final String MODERN = "的了是在们这們這";
  private static final String CLASSICAL = "之乎者也其而矣焉";
  private static final int VERSE_MAX_LINE = 40;
  private static final int CLAUSE_MIN = 3;
  private static final int CLAUSE_MAX = 9;

  public static final FilterDefinition<TagParams> DEFINITION =
      new FilterDefinition<>(FAMILY, TagParams.class, true, p -> new RegisterTags(),
      "tags traditional_share, modern_score (白话 vs 文言) and verse_line_share; never drops");

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public List<String> signalNames() {
    return List.of(TRADITIONAL_SHARE, MODERN_SCORE, VERSE_LINE_SHARE);
  }

  @Override
  public void measure(DocumentAnalysis doc, Signals out) {
    int han = doc.scripts().count(Script.HAN);
    if (han == 0) {
      return;
    }
    String text = doc.text();
    out.put(TRADITIONAL_SHARE, (double) changedHan(text) / han);
    int modern = 0;
    int classical = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x4E00) {
        if (MODERN.indexOf(c) >= 0) {
          modern++;
        } else if (CLASSICAL.indexOf(c) >= 0) {
          classical++;
        }
      }
    }
    out.put(MODERN_SCORE, (double) (modern - classical) / han);
    int lines = 0;
    int verse = 0;
    for (String line : doc.lines()) {
      if (!line.isBlank()) {
        lines++;
        if (isVerseLine(line.strip())) {
          verse++;
        }
      }
    }
    out.put(VERSE_LINE_SHARE, lines == 0 ? 0 : (double) verse / lines);
  }

  /** Han characters the traditional→simplified conversion changes (positionally; conversion keeps length). */
  static int changedHan(String text) {
    String simplified = HanLP.convertToSimplifiedChinese(text);
    int changed = 0;
    if (simplified.length() == text.length()) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c != simplified.charAt(i) && Script.of(c) == Script.HAN) {
          changed++;
        }
      }
      return changed;
    }
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (Script.of(cp) == Script.HAN) {
        String one = text.substring(i, i + len);
        if (!HanLP.convertToSimplifiedChinese(one).equals(one)) {
          changed++;
        }
      }
      i += len;
    }
    return changed;
  }

  /** Two or more clauses of 3–9 Han characters, separated by punctuation, on a short line. */
  static boolean isVerseLine(String line) {
    if (line.codePointCount(0, line.length()) > VERSE_MAX_LINE) {
      return false;
    }
    int clauses = 0;
    int run = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      Script s = Script.of(cp);
      if (s == Script.HAN) {
        run++;
      } else if (s == Script.PUNCTUATION && run > 0) {
        if (run < CLAUSE_MIN || run > CLAUSE_MAX) {
          return false;
        }
        clauses++;
        run = 0;
      } else if (s != Script.PUNCTUATION) {
        return false;
      }
    }
    if (run > 0) {
      if (run < CLAUSE_MIN || run > CLAUSE_MAX) {
        return false;
      }
      clauses++;
    }
    return clauses >= 2;
  }
}
