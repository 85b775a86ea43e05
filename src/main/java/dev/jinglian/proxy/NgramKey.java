package dev.jinglian.proxy;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.shiftleft;
import static org.apache.spark.sql.functions.shiftright;

import org.apache.spark.sql.Column;

/**
 * An n-gram of token ids packed into two longs, left-aligned: position {@code i} holds {@value #BITS} bits in word
 * {@code i / 3}, the first id in the high bits. So the context of an n-gram is the key with its last id cleared,
 * and the suffix (dropping the first id) is the 108-bit number shifted left by one position: both are plain column
 * arithmetic, so Spark counts and joins n-grams as two {@code long} columns (no objects, no serializer), and the
 * driver looks them up in primitive hash tables.
 */
final class NgramKey {
  /** Bits per id: enough for every supported encoding (o200k_base has 200,019 ids) plus end and begin markers. */
  static final int BITS = 18;
  static final int PER_WORD = 3;
  static final int MAX_ORDER = 2 * PER_WORD;
  static final long ID_MASK = (1L << BITS) - 1;
  static final long WORD_MASK = (1L << (BITS * PER_WORD)) - 1;
  /** Largest id a key can hold. */
  static final int MAX_ID = (int) ID_MASK;
  static final String HI = "hi";
  static final String LO = "lo";

  private NgramKey() {}

  static int shift(int position) {
    return BITS * (PER_WORD - 1 - position % PER_WORD);
  }

  /** High word of the n-gram {@code seq[from .. from+n)}. */
  static long hi(int[] seq, int from, int n) {
    return word(seq, from, 0, Math.min(n, PER_WORD));
  }

  /** Low word of the n-gram {@code seq[from .. from+n)}. */
  static long lo(int[] seq, int from, int n) {
    return n <= PER_WORD ? 0L : word(seq, from, PER_WORD, n);
  }

  private static long word(int[] seq, int from, int start, int end) {
    long w = 0;
    for (int p = start; p < end; p++) {
      w |= ((long) seq[from + p]) << shift(p);
    }
    return w;
  }

  /** The id at {@code position} of a packed key. */
  static int id(long hi, long lo, int position) {
    long w = position < PER_WORD ? hi : lo;
    return (int) ((w >>> shift(position)) & ID_MASK);
  }

  static void checkOrder(int order) {
    if (order < 1 || order > MAX_ORDER) {
      throw new IllegalArgumentException("n-gram order must be between 1 and " + MAX_ORDER + ", got " + order);
    }
  }

  // ---- the same operations as Spark column expressions over (hi, lo) ----

  /** High word of the context (first {@code order - 1} ids) of an order-{@code order} key. */
  static Column contextHi(int order) {
    return order - 1 < PER_WORD ? col(HI).bitwiseAND(lit(~(ID_MASK << shift(order - 1)))) : col(HI);
  }

  static Column contextLo(int order) {
    return order - 1 < PER_WORD ? lit(0L) : col(LO).bitwiseAND(lit(~(ID_MASK << shift(order - 1))));
  }

  /** High word of the suffix (all ids but the first) of a key. */
  static Column suffixHi() {
    return shiftleft(col(HI), BITS).bitwiseAND(lit(WORD_MASK))
        .bitwiseOR(shiftright(col(LO), BITS * (PER_WORD - 1)));
  }

  static Column suffixLo() {
    return shiftleft(col(LO), BITS).bitwiseAND(lit(WORD_MASK));
  }

  /** The ids of an order-{@code n} key as an {@code array<int>} column (for the saved model). */
  static Column idsArray(String hiCol, String loCol, int n) {
    Column[] ids = new Column[n];
    for (int p = 0; p < n; p++) {
      Column w = col(p < PER_WORD ? hiCol : loCol);
      ids[p] = shiftright(w, shift(p)).bitwiseAND(lit(ID_MASK)).cast("int");
    }
    return n == 0 ? array().cast("array<int>") : array(ids);
  }
}
