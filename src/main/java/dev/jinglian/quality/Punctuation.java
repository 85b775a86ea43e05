package dev.jinglian.quality;

/**
 * Sentence punctuation in English and Chinese, in both the original and the NFKC form (NFKC turns ！？） into
 * !?) and … into ..., but leaves 。「」『』“” alone).
 */
final class Punctuation {
  private Punctuation() {}

  /**
   * Whether a (stripped) line ends a sentence: {@code . ! ? " '} and closing curly quotes in every language;
   * for Chinese and Japanese also 。！？, the closing corner brackets 」』, a closing parenthesis and the
   * ellipsis, which end sentences there ("……" closes dialogue in Chinese prose).
   */
  static boolean endsSentence(String line, boolean cjk) {
    if (line.isEmpty()) {
      return false;
    }
    int last = line.codePointBefore(line.length());
    switch (last) {
      case '.': case '!': case '?': case '"': case '\'': case '\u201D': case '\u2019':
      case '\u3002': case '\uFF01': case '\uFF1F': case '\uFF61':
        return true;
      case '\u300D': case '\u300F': case ')': case '\uFF09': case '\u2026':
        return cjk;
      default:
        return false;
    }
  }

  /** Whether a line ends with an ellipsis ({@code ...} or {@code …}). */
  static boolean endsWithEllipsis(String line) {
    return line.endsWith("...") || line.endsWith("\u2026");
  }

  /**
   * Whether a line ends in any Chinese sentence punctuation, pauses included (，、；：), as a line of prose or
   * of verse does; headings, menu items and keyword lists end in none.
   */
  static boolean endsInChinesePunctuation(String line) {
    if (line.isEmpty()) {
      return false;
    }
    int last = line.codePointBefore(line.length());
    return endsSentence(line, true) || last == '\uFF0C' || last == ',' || last == '\u3001' || last == '\uFF1B'
        || last == ';' || last == '\uFF1A' || last == ':';
  }

  /** Number of ellipses in {@code text}: each run of {@code ...} or {@code …} (Chinese "……") counts once. */
  static int ellipses(String text) {
    int n = 0;
    boolean inRun = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean dots = c == '\u2026' || (c == '.' && text.startsWith("...", i));
      boolean continuing = inRun && (c == '.' || c == '\u2026');
      if (dots && !continuing) {
        n++;
      }
      inRun = dots || continuing;
    }
    return n;
  }
}
