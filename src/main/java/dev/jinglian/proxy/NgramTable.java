package dev.jinglian.proxy;

import java.util.Arrays;

/**
 * An immutable map from packed n-gram keys of one order to a double: open addressing with linear probing over
 * three parallel arrays, filled to at most 3/4, so about {@value Pruning#BYTES_PER_ENTRY} bytes per entry and one
 * or two cache misses per lookup (scoring does several lookups per token). Values are never NaN: NaN marks a free
 * slot.
 */
final class NgramTable {
  private final long[] hi;
  private final long[] lo;
  private final double[] values;
  private final int size;

  private NgramTable(long[] hi, long[] lo, double[] values, int size) {
    this.hi = hi;
    this.lo = lo;
    this.values = values;
    this.size = size;
  }

  static NgramTable empty() {
    return new Builder("empty").build();
  }

  int size() {
    return size;
  }

  /** The value stored for the key, or {@code missing}. */
  double get(long h, long l, double missing) {
    int i = slot(h, l, values.length);
    while (true) {
      double v = values[i];
      if (Double.isNaN(v)) {
        return missing;
      }
      if (hi[i] == h && lo[i] == l) {
        return v;
      }
      i = i + 1 == values.length ? 0 : i + 1;
    }
  }

  /** Keys of the stored entries, in slot order (for inspection and checks). */
  long[][] keys() {
    long[][] out = new long[size][];
    int k = 0;
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        out[k++] = new long[] {hi[i], lo[i]};
      }
    }
    return out;
  }

  private static int slot(long h, long l, int capacity) {
    long z = h * 0x9E3779B97F4A7C15L ^ l * 0xC2B2AE3D27D4EB4FL;
    z = (z ^ (z >>> 31)) * 0xbf58476d1ce4e5b9L;
    z ^= z >>> 29;
    return (int) (((z >>> 32) * capacity) >>> 32);
  }

  /** Collects entries; {@link #build} lays them out and rejects duplicate keys and NaN values. */
  static final class Builder {
    private final String what;
    private long[] hi = new long[16];
    private long[] lo = new long[16];
    private double[] values = new double[16];
    private int size;

    Builder(String what) {
      this.what = what;
    }

    void add(long h, long l, double value) {
      if (Double.isNaN(value)) {
        throw new IllegalArgumentException(what + ": NaN value for key " + Long.toHexString(h) + ":"
            + Long.toHexString(l));
      }
      if (size == hi.length) {
        int n = size + (size >> 1);
        hi = Arrays.copyOf(hi, n);
        lo = Arrays.copyOf(lo, n);
        values = Arrays.copyOf(values, n);
      }
      hi[size] = h;
      lo[size] = l;
      values[size] = value;
      size++;
    }

    NgramTable build() {
      int capacity = (int) Math.min(Integer.MAX_VALUE - 8, size + (size + 2) / 3 + 1L);
      long[] th = new long[capacity];
      long[] tl = new long[capacity];
      double[] tv = new double[capacity];
      Arrays.fill(tv, Double.NaN);
      for (int k = 0; k < size; k++) {
        int i = slot(hi[k], lo[k], capacity);
        while (!Double.isNaN(tv[i])) {
          if (th[i] == hi[k] && tl[i] == lo[k]) {
            throw new IllegalStateException(what + " has the key " + Long.toHexString(hi[k]) + ":"
                + Long.toHexString(lo[k]) + " twice");
          }
          i = i + 1 == capacity ? 0 : i + 1;
        }
        th[i] = hi[k];
        tl[i] = lo[k];
        tv[i] = values[k];
      }
      return new NgramTable(th, tl, tv, size);
    }
  }
}
