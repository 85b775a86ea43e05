package dev.jinglian.tag;

/**
 * Cuts text into chunks whose cl100k_base tokens, concatenated, are exactly the tokens of the whole text, so that
 * each chunk can be encoded once and its tokens looked up afterwards. Text repeats at the level of such chunks (an
 * English word with its leading space, one or two Chinese characters), not at the level of documents, which is why
 * a small cache in front of the encoder removes most of the BPE work.
 *
 * <p>A cut is made at two kinds of position:
 * <ul>
 *   <li>after a letter that is followed by a non-letter. cl100k's pre-tokenizer never puts a letter and a following
 *       non-letter into one piece (letter pieces end with their last letter; number, punctuation and whitespace
 *       pieces contain no letters; its only look-ahead is inside runs of whitespace), so every piece lies wholly on
 *       one side and each side is split exactly as in the whole text;</li>
 *   <li>between two adjacent three-byte letters (Chinese, Japanese, Korean) that no vocabulary token spans
 *       ({@link HanBoundaries}): the pieces on the two sides are byte-pair merged independently;</li>
 *   <li>after a line break ({@code \n} or {@code \r}) when the whitespace that follows it, up to the next other
 *       character or the end, holds no further line break. A piece that contains a line break ends with its last
 *       line break (punctuation then line breaks; whitespace then line breaks, which is tried before the whitespace
 *       rules), so it cannot reach past that position;</li>
 *   <li>before the last character of a run of two or more whitespace characters that is followed by another
 *       character, when that last one is not a line break: the pre-tokenizer's {@code \s+(?!\S)} ends a whitespace
 *       piece just there, leaving the last space to the piece that follows.</li>
 * </ul>
 * Without the last two, a text's punctuation, indentation, rules and table borders would run from the end of one
 * word to the end of the next across lines, forming long chunks that never repeat and cost a full merge each.
 * "Letter" is the pre-tokenizer's own definition: general categories Lu, Ll, Lt, Lm, Lo up to U+323AF.
 */
final class BpeChunks {
  /** The last code point the pre-tokenizer counts as a letter. */
  private static final int LAST_LETTER = 0x323AF;
  /** {@link Character#isLetter} of every BMP code point, one bit each (8 KB): a shift and a mask per character. */
  private static final long[] BMP_LETTERS = new long[1 << 10];

  static {
    for (int cp = 0; cp < 0x10000; cp++) {
      if (Character.isLetter(cp)) {
        BMP_LETTERS[cp >>> 6] |= 1L << cp;
      }
    }
  }

  private final HanBoundaries boundaries;

  BpeChunks(HanBoundaries boundaries) {
    this.boundaries = boundaries;
  }

  /** Receives the chunks of a text as ranges of it. */
  @FunctionalInterface
  interface ChunkSink {
    void accept(String text, int start, int end);
  }

  /** Calls {@code chunk} for each chunk of {@code text}, in order; the chunks concatenate to the text. */
  void split(String text, ChunkSink chunk) {
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (next < n && isLetter(cp)) {
        int following = text.codePointAt(next);
        if (!isLetter(following) || isCjkPair(cp, following)) {
          chunk.accept(text, start, next);
          start = next;
        }
      } else if (next < n && (cp == '\n' || cp == '\r')) {
        if (onlySpacesFollow(text, next)) {
          chunk.accept(text, start, next);
          start = next;
        }
      } else if (i > start && next < n && isWhitespace(cp) && isWhitespace(text.charAt(i - 1))
          && !isWhitespace(text.charAt(next))) {
        chunk.accept(text, start, i);
        start = i;
      }
      i = next;
    }
    if (start < n) {
      chunk.accept(text, start, n);
    }
  }

  /**
   * The pre-tokenizer's whitespace ({@code \s}): Unicode White_Space, that is tab to carriage return, U+0085 and
   * the space, line and paragraph separators (U+00A0 and U+202F included, Java's U+001C-U+001F not).
   */
  static boolean isWhitespace(int c) {
    return c >= '\t' && c <= '\r' || c == '\u0085' || Character.isSpaceChar(c);
  }

  /** True when the whitespace from {@code from} up to the next other character (or the end) has no line break. */
  private static boolean onlySpacesFollow(String text, int from) {
    for (int j = from; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n' || c == '\r') {
        return false;
      }
      if (!isWhitespace(c)) {
        return true;
      }
    }
    return true;
  }

  private boolean isCjkPair(int left, int right) {
    return left < 0x10000 && right < 0x10000 && HanBoundaries.isThreeByte((char) left)
        && HanBoundaries.isThreeByte((char) right) && boundaries.safe((char) left, (char) right);
  }

  static boolean isLetter(int cp) {
    if (cp < 0x10000) {
      return (BMP_LETTERS[cp >>> 6] & (1L << cp)) != 0;
    }
    return cp <= LAST_LETTER && Character.isLetter(cp);
  }
}
