package dev.jinglian.dedup;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a normalized document into boilerplate units (lines or paragraphs) and gives each a 64-bit key: the
 * Murmur3 hash of the unit lower-cased, with whitespace runs collapsed to one space and trimmed, and (by default)
 * every digit read as 0. Units narrower than the recipe's {@code min_width} get no key. The scan that counts
 * units and the pass that removes them both use this class, so they always agree on what a unit is.
 */
final class LineKeys implements Serializable {
  /** The key of a unit too narrow to be counted; a real hash equal to it is moved to {@link #NONE} + 1. */
  static final long NONE = 0L;
  private static final HashFunction HASH = Hashing.murmur3_128(0x6A696E67);

  private final LineUnit unit;
  private final int minWidth;
  private final boolean foldDigits;

  LineKeys(LineDedupSpec spec) {
    this.unit = spec.unit();
    this.minWidth = spec.minWidth();
    this.foldDigits = spec.foldDigits();
  }

  LineUnit unit() {
    return unit;
  }

  /**
   * The text's units in order. Lines: every line, blank ones included. Paragraphs: each run of non-blank lines
   * (joined by {@code \n}); blank lines only separate them.
   */
  List<String> units(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        lines.add(text.substring(start, i));
        start = i + 1;
      }
    }
    if (unit == LineUnit.LINE) {
      return lines;
    }
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      if (line.isBlank()) {
        flush(current, paragraphs);
      } else {
        current.append(current.length() > 0 ? "\n" : "").append(line);
      }
    }
    flush(current, paragraphs);
    return paragraphs;
  }

  private static void flush(StringBuilder current, List<String> out) {
    if (current.length() > 0) {
      out.add(current.toString());
      current.setLength(0);
    }
  }

  /**
   * Reassembles a document from the units left after removing some: lines are joined by {@code \n} with at most
   * one blank line in a row and none at either end (a removed line must not leave a gap of blank lines);
   * paragraphs by one blank line.
   */
  String join(List<String> kept) {
    if (unit == LineUnit.PARAGRAPH) {
      return String.join("\n\n", kept);
    }
    StringBuilder out = new StringBuilder();
    boolean blankPending = false;
    for (String line : kept) {
      if (line.isBlank()) {
        blankPending = out.length() > 0;
        continue;
      }
      if (out.length() > 0) {
        out.append(blankPending ? "\n\n" : "\n");
      }
      blankPending = false;
      out.append(line);
    }
    return out.toString();
  }

  /** The unit's key, or {@link #NONE} when it is narrower than {@code min_width}. */
  long key(String text) {
    StringBuilder key = new StringBuilder(text.length());
    int width = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = key.length() > 0;
        continue;
      }
      if (space) {
        key.append(' ');
        width++;
        space = false;
      }
      key.appendCodePoint(foldDigits && Character.isDigit(cp) ? '0' : Character.toLowerCase(cp));
      width += isWide(cp) ? 2 : 1;
    }
    if (width < minWidth) {
      return NONE;
    }
    long h = HASH.hashUnencodedChars(key).asLong();
    return h == NONE ? NONE + 1 : h;
  }

  /** East Asian wide characters (Han, Kana, Hangul, CJK punctuation, full-width forms), as terminals draw them. */
  static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
