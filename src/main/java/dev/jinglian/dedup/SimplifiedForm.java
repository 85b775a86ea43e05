package dev.jinglian.dedup;

import com.hankcs.hanlp.HanLP;

/**
 * The simplified-Chinese form of a text for shingling, so that traditional and simplified copies of one page share
 * their shingles. Most documents contain no traditional character at all; a per-character table (built once per
 * JVM from HanLP's own conversion dictionary) detects them cheaply, and only documents that have one go through
 * HanLP's phrase-aware {@link HanLP#convertToSimplifiedChinese(String)}.
 */
public final class SimplifiedForm {
  private SimplifiedForm() {}

  private static final class Table {
    /** true for a BMP character HanLP converts to something else. */
    static final boolean[] TRADITIONAL = build();

    private static boolean[] build() {
      boolean[] t = new boolean[0x10000];
      mark(t, 0x3400, 0x4DBF);
      mark(t, 0x4E00, 0x9FFF);
      mark(t, 0xF900, 0xFAFF);
      return t;
    }

    private static void mark(boolean[] t, int from, int to) {
      for (int c = from; c <= to; c++) {
        String s = String.valueOf((char) c);
        t[c] = !HanLP.convertToSimplifiedChinese(s).equals(s);
      }
    }
  }

  /** Whether HanLP would change {@code text} when converting it to simplified Chinese (BMP characters). */
  public static boolean hasTraditional(String text) {
    boolean[] t = Table.TRADITIONAL;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x3400 && t[c]) {
        return true;
      }
    }
    return false;
  }

  /** {@code text} in simplified Chinese; the same instance when it has no traditional character. */
  public static String of(String text) {
    return hasTraditional(text) ? HanLP.convertToSimplifiedChinese(text) : text;
  }
}
