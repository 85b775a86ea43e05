package dev.jinglian.quality;

import dev.jinglian.lang.TextMass;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Script;
import java.util.ArrayList;
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

  private final long[] prefixHash;
  private final long[] powers;
  private final long[] prefixChars;
  private final LongCounter counter;
  private final List<Level> levels = new ArrayList<>();

  private Repetition(long[] unitHash, long[] prefixChars) {
    int n = unitHash.length;
    this.prefixHash = new long[n + 1];
    this.powers = new long[n + 1];
    powers[0] = 1;
    for (int i = 0; i < n; i++) {
      prefixHash[i + 1] = prefixHash[i] * BASE + unitHash[i];
      powers[i + 1] = powers[i] * BASE;
    }
    this.prefixChars = prefixChars;
    this.counter = new LongCounter(n);
  }

  /** The document's units (characters for Chinese and Japanese, else words), computed once per document. */
  static Repetition of(DocumentAnalysis doc) {
    return doc.derived(Repetition.class, d -> d.isCjk() ? ofCharacters(d.words()) : ofWords(d.words()));
  }

  /** Units are the words. */
  static Repetition ofWords(List<String> words) {
    long[] hash = new long[words.size()];
    long[] prefix = new long[words.size() + 1];
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
    int n = 0;
    for (String w : words) {
      n += isCjkWord(w) ? w.codePointCount(0, w.length()) : 1;
    }
    long[] hash = new long[n];
    long[] prefix = new long[n + 1];
    long cjkWeight = (long) TextMass.CJK_CHARACTER_WEIGHT;
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
    return prefixHash[from + n] - prefixHash[from] * powers[n];
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
   * of distinct n-grams); otherwise only the positions whose n-gram of a smaller counted size repeats.
   */
  private Level level(int n, boolean full) {
    Level base = null;
    for (Level l : levels) {
      if (l.n == n && (l.full || !full)) {
        return l;
      }
      if (!full && l.n < n && (base == null || l.n > base.n)) {
        base = l;
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
    counter.reset();
    int[] slots = new int[positions.length];
    for (int k = 0; k < positions.length; k++) {
      long h = hash(positions[k], n);
      slots[k] = counter.slotOf(h);
      level.repeat[k] = counter.increment(slots[k], h) > 1;
    }
    for (int k = 0; k < positions.length; k++) {
      level.totals[k] = counter.count(slots[k]);
    }
    level.distinct = counter.distinct();
    levels.add(level);
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

  /**
   * Occurrence counts of 64-bit keys: open addressing, no boxing. {@link #reset} starts a new count in O(1) by
   * bumping a generation stamp instead of clearing the table.
   */
  static final class LongCounter {
    private final long[] keys;
    private final int[] counts;
    private final int[] stamps;
    private final int mask;
    private int generation = 1;
    private int distinct;

    LongCounter(int expected) {
      int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
      keys = new long[cap];
      counts = new int[cap];
      stamps = new int[cap];
      mask = cap - 1;
    }

    void reset() {
      generation++;
      distinct = 0;
    }

    /** The slot that holds, or will hold, {@code key}. */
    int slotOf(long key) {
      int slot = (int) (key ^ (key >>> 32)) & mask;
      while (stamps[slot] == generation && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    /** Adds one occurrence of {@code key}, found at {@code slot}; returns its count so far. */
    int increment(int slot, long key) {
      if (stamps[slot] != generation) {
        stamps[slot] = generation;
        keys[slot] = key;
        counts[slot] = 0;
        distinct++;
      }
      return ++counts[slot];
    }

    int count(int slot) {
      return counts[slot];
    }

    /** Number of different keys since the last reset. */
    int distinct() {
      return distinct;
    }
  }
}
