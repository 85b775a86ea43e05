package dev.jinglian.quality;

import dev.jinglian.lang.TextMass;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Script;
import java.util.Arrays;
import java.util.List;

/**
 * N-gram repetition measures over a document's units: words for space-delimited languages, characters for
 * Chinese and Japanese (where word boundaries are a segmenter's guess and a repeated phrase is the same
 * characters however it was cut). One instance per document is shared by every rule that needs it.
 *
 * <p>N-grams are 64-bit polynomial hashes read off prefix hashes in O(1); no n-gram string is built. Counting
 * is incremental: an n-gram can only occur twice if its shorter prefix does, so after one full pass over the
 * smallest n, every larger n looks only at the positions whose shorter n-gram repeats (a few percent of an
 * ordinary text). Character counts exclude spaces, so shares do not depend on formatting.
 */
final class Repetition {
  private static final long BASE = 0x9E3779B97F4A7C15L;
  /** Largest n-gram size any rule asks for (Chinese 10-grams of words are 15 characters). */
  static final int MAX_N = 16;
  /**
   * Most units a document may have for the n-gram measures: ten times Gopher's longest kept document (100,000
   * words; longer ones are dropped by {@code gopher_quality/too_many_words}). The tables of a longer document
   * would take hundreds of megabytes; its n-gram rules are skipped instead, and counted as skipped.
   */
  static final int MAX_UNITS = 1_000_000;
  private static final long[] POWERS = new long[MAX_N + 1];

  static {
    POWERS[0] = 1;
    for (int i = 1; i <= MAX_N; i++) {
      POWERS[i] = POWERS[i - 1] * BASE;
    }
  }

  private final long[] prefixHash;
  private final int[] prefixChars;
  /** The first complete count (all positions) and the latest count; larger sizes are counted from these. */
  private Level fullLevel;
  private Level lastLevel;

  private Repetition(long[] unitHash, int[] prefixChars) {
    int n = unitHash.length;
    this.prefixHash = new long[n + 1];
    for (int i = 0; i < n; i++) {
      prefixHash[i + 1] = prefixHash[i] * BASE + unitHash[i];
    }
    this.prefixChars = prefixChars;
  }

  /**
   * The document's units (characters for Chinese and Japanese, else words), computed once per document; null
   * when the document has more than {@link #MAX_UNITS} of them.
   */
  static Repetition of(DocumentAnalysis doc) {
    return doc.derived(Repetition.class, d -> units(d.words(), d.isCjk()) > MAX_UNITS ? NONE
        : d.isCjk() ? ofCharacters(d.words()) : ofWords(d.words())).orNull();
  }

  /** Stands for "too long to count" in the per-document cache. */
  private static final Repetition NONE = new Repetition(new long[0], new int[1]);

  private Repetition orNull() {
    return this == NONE ? null : this;
  }

  /** Number of units {@link #of} would make, without making them. */
  static long units(List<String> words, boolean cjk) {
    if (!cjk) {
      return words.size();
    }
    long n = 0;
    for (String w : words) {
      n += isCjkWord(w) ? w.codePointCount(0, w.length()) : 1;
    }
    return n;
  }

  /** Units are the words. */
  static Repetition ofWords(List<String> words) {
    long[] hash = new long[words.size()];
    int[] prefix = new int[words.size() + 1];
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      hash[i] = wordHash(w);
      prefix[i + 1] = prefix[i] + w.codePointCount(0, w.length());
    }
    return new Repetition(hash, prefix);
  }

  /**
   * Units for Chinese and Japanese: each character of a word written in Han or Kana, and each other word (an
   * English command name, a number) as one unit. Splitting a quoted English word into letters would make every
   * repeated option name a "repeated 8-gram". Shares weigh a Han or Kana character as three letters
   * ({@link TextMass}), so the English names a Chinese man page repeats count for the text they are, not for
   * three times more.
   */
  static Repetition ofCharacters(List<String> words) {
    int n = Math.toIntExact(units(words, true));
    long[] hash = new long[n];
    int[] prefix = new int[n + 1];
    int cjkWeight = (int) TextMass.CJK_CHARACTER_WEIGHT;
    int i = 0;
    for (String w : words) {
      if (!isCjkWord(w)) {
        hash[i] = wordHash(w);
        prefix[i + 1] = prefix[i] + w.codePointCount(0, w.length());
        i++;
        continue;
      }
      for (int c = 0; c < w.length(); ) {
        int cp = w.codePointAt(c);
        c += Character.charCount(cp);
        hash[i] = mix(cp + 0x5851F42D4C957F2DL);
        prefix[i + 1] = prefix[i] + cjkWeight;
        i++;
      }
    }
    return new Repetition(hash, prefix);
  }

  /** HanLP returns Han and Kana runs as words of their own, so the first character tells. */
  private static boolean isCjkWord(String w) {
    Script s = Script.of(w.codePointAt(0));
    return s == Script.HAN || s == Script.KANA;
  }

  int units() {
    return prefixChars.length - 1;
  }

  /** Number of n-grams (positions) in the sequence. */
  int ngrams(int n) {
    return Math.max(0, units() - n + 1);
  }

  private long chars(int from, int to) {
    return prefixChars[to] - prefixChars[from];
  }

  private long hash(int from, int n) {
    return prefixHash[from + n] - prefixHash[from] * POWERS[n];
  }

  /**
   * Share of characters taken by the most frequent n-gram (its characters times its occurrences), 0 when no
   * n-gram occurs twice. Among equally frequent n-grams the longest counts.
   */
  double topNGramShare(int n) {
    long total = chars(0, units());
    Level level = level(n, false);
    int bestCount = 1;
    long bestChars = 0;
    for (int k = 0; k < level.positions.length; k++) {
      int c = level.totals[k];
      long len = chars(level.positions[k], level.positions[k] + n);
      if (c > bestCount || (c == bestCount && c > 1 && len > bestChars)) {
        bestCount = c;
        bestChars = len;
      }
    }
    return bestCount < 2 || total == 0 ? 0 : (double) bestCount * bestChars / total;
  }

  /**
   * Share of characters inside repeated occurrences of n-grams (every occurrence after the first), each
   * character counted once however many overlapping repeats cover it.
   */
  double duplicateNGramShare(int n) {
    long total = chars(0, units());
    Level level = level(n, false);
    long dupChars = 0;
    int coveredUpTo = 0;
    for (int k = 0; k < level.positions.length; k++) {
      if (level.repeat[k]) {
        int i = level.positions[k];
        // repeats are visited left to right, so everything before coveredUpTo is already counted
        dupChars += chars(Math.max(i, coveredUpTo), i + n);
        coveredUpTo = i + n;
      }
    }
    return total == 0 ? 0 : (double) dupChars / total;
  }

  /**
   * BigScience's character repetition ratio (ROOTS, Laurençon et al. 2022): of all n-gram occurrences, the share
   * taken by the k most frequent repeated n-grams, k being the square root of the number of distinct n-grams
   * (so the measure does not grow with document length). 0 when nothing repeats.
   */
  double topRepeatedShare(int n) {
    if (ngrams(n) == 0) {
      return 0;
    }
    Level level = level(n, true);
    int[] repeated = new int[level.positions.length];
    int r = 0;
    for (int k = 0; k < level.positions.length; k++) {
      if (!level.repeat[k] && level.totals[k] > 1) {
        repeated[r++] = level.totals[k];
      }
    }
    Arrays.sort(repeated, 0, r);
    int top = Math.min((int) Math.sqrt(level.distinct), r);
    long sum = 0;
    for (int k = 0; k < top; k++) {
      sum += repeated[r - 1 - k];
    }
    return (double) sum / ngrams(n);
  }

  /**
   * Counts of the n-grams that may repeat. With {@code full}, every position is counted (needed for the number
   * of distinct n-grams); otherwise only the positions whose n-gram of a smaller counted size repeats. Only the
   * first full count and the latest count are kept, so memory stays a few arrays of the document's length.
   */
  private Level level(int n, boolean full) {
    if (n > MAX_N) {
      throw new IllegalArgumentException("n-gram size " + n + " above " + MAX_N);
    }
    for (Level l : new Level[] {lastLevel, fullLevel}) {
      if (l != null && l.n == n && (l.full || !full)) {
        return l;
      }
    }
    Level base = null;
    if (!full) {
      for (Level l : new Level[] {lastLevel, fullLevel}) {
        if (l != null && l.n < n && (base == null || l.n > base.n)) {
          base = l;
        }
      }
    }
    int[] positions;
    if (base == null) {
      positions = new int[ngrams(n)];
      for (int i = 0; i < positions.length; i++) {
        positions[i] = i;
      }
    } else {
      positions = base.repeatedPositions(units() - n);
    }
    Level level = new Level(n, base == null, positions);
    LongCounter counter = new LongCounter();
    for (int k = 0; k < positions.length; k++) {
      level.repeat[k] = counter.increment(hash(positions[k], n)) > 1;
    }
    for (int k = 0; k < positions.length; k++) {
      level.totals[k] = counter.count(hash(positions[k], n));
    }
    level.distinct = counter.distinct();
    if (level.full && fullLevel == null) {
      fullLevel = level;
    } else {
      lastLevel = level;
    }
    return level;
  }

  /** The counted positions of one n-gram size: total occurrences, and whether an earlier occurrence exists. */
  private static final class Level {
    final int n;
    final boolean full;
    final int[] positions;
    final int[] totals;
    final boolean[] repeat;
    int distinct;

    Level(int n, boolean full, int[] positions) {
      this.n = n;
      this.full = full;
      this.positions = positions;
      this.totals = new int[positions.length];
      this.repeat = new boolean[positions.length];
    }

    /** Positions (at most {@code maxPosition}) whose n-gram occurs more than once. */
    int[] repeatedPositions(int maxPosition) {
      int[] out = new int[positions.length];
      int m = 0;
      for (int k = 0; k < positions.length && positions[k] <= maxPosition; k++) {
        if (totals[k] > 1) {
          out[m++] = positions[k];
        }
      }
      return Arrays.copyOf(out, m);
    }
  }

  /** FNV-1a over the UTF-16 units, then mixed. */
  private static long wordHash(String w) {
    long h = 0xCBF29CE484222325L;
    for (int c = 0; c < w.length(); c++) {
      h = (h ^ w.charAt(c)) * 0x100000001B3L;
    }
    return mix(h);
  }

  /** MurmurHash3's 64-bit finalizer: spreads every input bit over the whole hash. */
  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xFF51AFD7ED558CCDL;
    k ^= k >>> 33;
    k *= 0xC4CEB9FE1A85EC53L;
    k ^= k >>> 33;
    return k;
  }

  /** Occurrence counts of 64-bit keys: open addressing, no boxing; grows with the number of distinct keys. */
  static final class LongCounter {
    private long[] keys = new long[64];
    private int[] counts = new int[64];
    private int distinct;

    /** Adds one occurrence of {@code key}; returns its count so far. */
    int increment(long key) {
      int slot = slotOf(key);
      if (counts[slot] == 0) {
        if (2 * (distinct + 1) > keys.length) {
          grow();
          slot = slotOf(key);
        }
        keys[slot] = key;
        distinct++;
      }
      return ++counts[slot];
    }

    /** Occurrences of {@code key} so far. */
    int count(long key) {
      return counts[slotOf(key)];
    }

    /** Number of different keys added. */
    int distinct() {
      return distinct;
    }

    private int slotOf(long key) {
      int mask = keys.length - 1;
      int slot = (int) (key ^ (key >>> 32)) & mask;
      while (counts[slot] != 0 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldCounts = counts;
      keys = new long[oldKeys.length * 2];
      counts = new int[oldKeys.length * 2];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldCounts[i] != 0) {
          int slot = slotOf(oldKeys[i]);
          keys[slot] = oldKeys[i];
          counts[slot] = oldCounts[i];
        }
      }
    }
  }
}
