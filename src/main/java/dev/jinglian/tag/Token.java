package dev.jinglian.tag;

/**
 * One token of a segmented text.
 *
 * @param text the token's characters
 * @param offset char offset in the document text
 * @param kind a word (letters/digits), punctuation or symbol
 * @param nature HanLP part-of-speech nature for Chinese words (e.g. {@code nr} person name), else null
 */
public record Token(String text, int offset, Kind kind, String nature) {
  /** What a token is. */
  public enum Kind { WORD, PUNCTUATION, SYMBOL }

  public boolean isWord() {
    return kind == Kind.WORD;
  }
}
