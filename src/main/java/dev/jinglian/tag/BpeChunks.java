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
 *       ({@link HanBoundaries}): the pieces on the two sides are byte-pair merged independently.</li>
 * </ul>
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
      }
      i = next;
    }
    if (start < n) {
      chunk.accept(text, start, n);
    }
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
