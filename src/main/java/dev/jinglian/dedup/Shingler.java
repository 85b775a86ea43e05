package dev.jinglian.dedup;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Turns a document into the 64-bit hashes of its shingles (overlapping n-grams of units). Units are single
 * Han/Kana characters and words of every other script (runs of letters and digits, lower-cased); whitespace,
 * punctuation and symbols only separate units, so re-punctuated or re-wrapped copies still match.
 *
 * <p>A document whose units are mostly Han/Kana characters is shingled in character n-grams ({@code ngramCjk},
 * default 5: Chinese has no spaces, and a 5-character window is about two or three words); any other document in
 * word n-grams ({@code ngramWords}). Chinese text is shingled in its simplified form, so traditional and
 * simplified copies of one text are near-duplicates. A document with fewer units than {@code n} gets one shingle
 * of all its units, so short documents still have a signature; a document with no unit has none.
 *
 * <p>The result lists shingles in text order, repeats included; MinHash ignores repeats, Jaccard callers use
 * {@link #distinct(long[])}.
 */
public final class Shingler implements Serializable {
  private static final long MUL = 0x9E3779B97F4A7C15L;

  private final int ngramCjk;
  private final int ngramWords;

  public Shingler(int ngramCjk, int ngramWords) {
    if (ngramCjk < 1 || ngramWords < 1) {
      throw new IllegalArgumentException("n-gram sizes must be positive, got " + ngramCjk + " and " + ngramWords);
    }
    this.ngramCjk = ngramCjk;
    this.ngramWords = ngramWords;
  }

  public static Shingler of(NearDedupSpec spec) {
    return new Shingler(spec.ngramZh(), spec.ngramWords());
  }

  /** Shingle hashes of {@code text} in order (empty when the text has no letter or digit). */
  public long[] shingles(String text) {
    Units units = Units.of(SimplifiedForm.of(text));
    int n = units.cjk >= units.size - units.cjk ? ngramCjk : ngramWords;
    int count = units.size == 0 ? 0 : Math.max(1, units.size - n + 1);
    int width = Math.min(n, units.size);
    long[] out = new long[count];
    long[] u = units.hashes;
    for (int i = 0; i < count; i++) {
      long h = width;
      for (int j = i; j < i + width; j++) {
        h = Long.rotateLeft((h ^ u[j]) * MUL, 29);
      }
      out[i] = Hashing64.mix(h);
    }
    return out;
  }

  /** The distinct values of {@code shingles}, sorted (a set for exact Jaccard). */
  public static long[] distinct(long[] shingles) {
    long[] s = shingles.clone();
    Arrays.sort(s);
    int n = 0;
    for (int i = 0; i < s.length; i++) {
      if (i == 0 || s[i] != s[i - 1]) {
        s[n++] = s[i];
      }
    }
    return Arrays.copyOf(s, n);
  }

  /** Jaccard similarity of two sorted distinct sets (1 when both are empty). */
  public static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  /** The unit hashes of a text and how many of them are Han/Kana characters. */
  private static final class Units {
    long[] hashes = new long[64];
    int size;
    int cjk;

    static Units of(String text) {
      Units units = new Units();
      long word = 0;
      boolean inWord = false;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (isCjkChar(cp)) {
          if (inWord) {
            units.add(Hashing64.mix(word));
            inWord = false;
          }
          units.add(Hashing64.mix(cp * MUL + 0x1F3D5B79L));
          units.cjk++;
        } else if (cp < 0x80 ? isAsciiAlnum(cp) : Character.isLetterOrDigit(cp)) {
          int lower = cp < 0x80 ? (cp | ((cp >= 'A' && cp <= 'Z') ? 0x20 : 0)) : Character.toLowerCase(cp);
          word = inWord ? (word ^ lower) * MUL : (lower ^ 0x5BD1E995L) * MUL;
          inWord = true;
        } else if (inWord && isCombining(cp)) {
          word = (word ^ cp) * MUL;
        } else if (inWord) {
          units.add(Hashing64.mix(word));
          inWord = false;
        }
      }
      if (inWord) {
        units.add(Hashing64.mix(word));
      }
      return units;
    }

    void add(long h) {
      if (size == hashes.length) {
        hashes = Arrays.copyOf(hashes, size * 2);
      }
      hashes[size++] = h;
    }

    private static boolean isAsciiAlnum(int cp) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }

    /** Combining marks (Devanagari vowel signs, accents after NFD) belong to the word they follow. */
    private static boolean isCombining(int cp) {
      int t = Character.getType(cp);
      return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
          || t == Character.ENCLOSING_MARK;
    }

    /** Han ideographs and Japanese kana: scripts written without spaces, one unit per character. */
    static boolean isCjkChar(int cp) {
      return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x3040 && cp <= 0x30FF)
          || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFF) || (cp >= 0x31F0 && cp <= 0x31FF);
    }
  }
}
