package dev.jinglian.proxy;

import java.util.Arrays;

/**
 * An immutable map from packed n-gram keys of one order to a double, as three parallel arrays sorted by key:
 * exactly {@value Pruning#BYTES_PER_ENTRY} bytes per entry and a binary search per lookup.
 */
final class NgramTable {
  private final long[] hi;
  private final long[] lo;
  private final double[] values;

  private NgramTable(long[] hi, long[] lo, double[] values) {
    this.hi = hi;
    this.lo = lo;
    this.values = values;
  }

  static NgramTable empty() {
    return new NgramTable(new long[0], new long[0], new double[0]);
  }

  int size() {
    return hi.length;
  }

  /** The value stored for the key, or {@code missing}. */
  double get(long h, long l, double missing) {
    int a = 0;
    int b = hi.length - 1;
    while (a <= b) {
      int m = (a + b) >>> 1;
      int c = compare(hi[m], lo[m], h, l);
      if (c < 0) {
        a = m + 1;
      } else if (c > 0) {
        b = m - 1;
      } else {
        return values[m];
      }
    }
    return missing;
  }

  long hiAt(int i) {
    return hi[i];
  }

  long loAt(int i) {
    return lo[i];
  }

  double valueAt(int i) {
    return values[i];
  }

  private static int compare(long h1, long l1, long h2, long l2) {
    int c = Long.compare(h1, h2);
    return c != 0 ? c : Long.compare(l1, l2);
  }

  /** Collects entries in any order; {@link #build} sorts them and rejects duplicate keys. */
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
      if (size == hi.length) {
        int n = Math.max(16, size + (size >> 1));
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
      sort(0, size - 1);
      for (int i = 1; i < size; i++) {
        if (hi[i] == hi[i - 1] && lo[i] == lo[i - 1]) {
          throw new IllegalStateException(what + " has the key " + Long.toHexString(hi[i]) + ":"
              + Long.toHexString(lo[i]) + " twice");
        }
      }
      return new NgramTable(Arrays.copyOf(hi, size), Arrays.copyOf(lo, size), Arrays.copyOf(values, size));
    }

    /** Quicksort of the three parallel arrays by key (median-of-three pivot, recursion on the smaller side). */
    private void sort(int from, int to) {
      while (from < to) {
        int mid = (from + to) >>> 1;
        if (compare(hi[mid], lo[mid], hi[from], lo[from]) < 0) {
          swap(mid, from);
        }
        if (compare(hi[to], lo[to], hi[from], lo[from]) < 0) {
          swap(to, from);
        }
        if (compare(hi[to], lo[to], hi[mid], lo[mid]) < 0) {
          swap(to, mid);
        }
        long ph = hi[mid];
        long pl = lo[mid];
        int i = from;
        int j = to;
        while (i <= j) {
          while (compare(hi[i], lo[i], ph, pl) < 0) {
            i++;
          }
          while (compare(hi[j], lo[j], ph, pl) > 0) {
            j--;
          }
          if (i <= j) {
            swap(i++, j--);
          }
        }
        if (j - from < to - i) {
          sort(from, j);
          from = i;
        } else {
          sort(i, to);
          to = j;
        }
      }
    }

    private void swap(int a, int b) {
      long h = hi[a];
      hi[a] = hi[b];
      hi[b] = h;
      long l = lo[a];
      lo[a] = lo[b];
      lo[b] = l;
      double v = values[a];
      values[a] = values[b];
      values[b] = v;
    }
  }
}
