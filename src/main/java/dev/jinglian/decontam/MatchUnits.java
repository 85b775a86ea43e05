package dev.jinglian.decontam;

import dev.jinglian.tag.WordSegmenter;
import dev.jinglian.util.Hash64;
import java.util.Arrays;

/**
 * The text as matching sees it: a sequence of units, each a 64-bit hash with its char span in the text.
 * A Chinese or Japanese character is one unit; a run of other letters and digits is one unit (a word), lower-cased;
 * punctuation, symbols and whitespace separate units and are otherwise ignored, so {@code 答案：（B）} and
 * {@code 答案 B} read the same. Single letters outside CJK are dropped: they are option labels
 * ({@code A. … B. …}) far more often than content, and dropping them on both sides keeps an item whose options
 * were relabelled or unlabelled matchable.
 */
final class MatchUnits {
  private static final long CJK_SALT = 0x5DEECE66DL;
  private static final long BASE = 0x9E3779B97F4A7C15L;

  final long[] hashes;
  final int[] starts;
  final int[] ends;
  final int size;
  final int cjk;

  private MatchUnits(long[] hashes, int[] starts, int[] ends, int size, int cjk) {
    this.hashes = hashes;
    this.starts = starts;
    this.ends = ends;
    this.size = size;
    this.cjk = cjk;
  }

  static MatchUnits of(String text) {
    int cap = Math.max(16, text.length() / 2);
    long[] hashes = new long[cap];
    int[] starts = new int[cap];
    int[] ends = new int[cap];
    int size = 0;
    int cjk = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      long hash;
      int end;
      if (WordSegmenter.isCjk(cp)) {
        hash = Hash64.mix(cp ^ CJK_SALT);
        end = i + len;
        cjk++;
      } else if (Character.isLetterOrDigit(cp)) {
        end = i + len;
        long h = Hash64.step(Hash64.FNV_OFFSET, Character.toLowerCase(cp));
        int letters = 1;
        while (end < n) {
          int c = text.codePointAt(end);
          if (!Character.isLetterOrDigit(c) || WordSegmenter.isCjk(c)) {
            break;
          }
          h = Hash64.step(h, Character.toLowerCase(c));
          end += Character.charCount(c);
          letters++;
        }
        if (letters == 1 && Character.isLetter(cp)) {
          i = end;
          continue;
        }
        hash = Hash64.mix(h);
      } else {
        i += len;
        continue;
      }
      if (size == hashes.length) {
        int grown = size * 2;
        hashes = Arrays.copyOf(hashes, grown);
        starts = Arrays.copyOf(starts, grown);
        ends = Arrays.copyOf(ends, grown);
      }
      hashes[size] = hash;
      starts[size] = i;
      ends[size] = end;
      size++;
      i = end;
    }
    return new MatchUnits(hashes, starts, ends, size, cjk);
  }

  /** Whether most units are CJK characters, so n-grams are counted in characters. */
  boolean mostlyCjk() {
    return cjk * 2 >= size;
  }

  /** Calls {@code sink} with the hash and first unit of every n-gram, left to right. */
  void forEachNgram(int n, NgramSink sink) {
    if (size < n) {
      return;
    }
    long pow = 1;
    for (int k = 1; k < n; k++) {
      pow *= BASE;
    }
    long h = 0;
    for (int k = 0; k < n; k++) {
      h = h * BASE + hashes[k];
    }
    sink.accept(finish(h, n), 0);
    for (int p = 1; p + n <= size; p++) {
      h = (h - hashes[p - 1] * pow) * BASE + hashes[p + n - 1];
      sink.accept(finish(h, n), p);
    }
  }

  private static long finish(long h, int n) {
    return Hash64.mix(h ^ ((long) n << 56));
  }

  /** Receives n-grams. */
  interface NgramSink {
    void accept(long hash, int firstUnit);
  }
}
