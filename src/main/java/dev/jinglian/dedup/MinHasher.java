package dev.jinglian.dedup;

import java.io.Serializable;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures of shingle sets. Permutation {@code i} maps a 32-bit shingle hash {@code h} to the top 31
 * bits of {@code a_i·h + b_i mod 2^32} ({@code a_i} odd, so the map is a bijection): the classic linear family,
 * with the modulus a power of two, so it is plain {@code int} arithmetic, never a modular multiplication of big
 * integers. Input hashes are already well mixed 64-bit shingle hashes, and the ordering is decided by the high
 * bits of the product, which depend on every bit of {@code h}.
 *
 * <p>The inner loop runs over the permutations with only multiply, add, shift, subtract and mask (the minimum is
 * taken branch-free on non-negative 31-bit values), a shape the JIT compiles to SIMD: 8 permutations per AVX2
 * instruction. {@link Math#min(int, int)} in that loop would stop the vectorization (measured: 4× slower).
 * 31-bit values are ample for estimating Jaccard similarity (different minima agree by chance with p = 2^-31).
 */
public final class MinHasher implements Serializable {
  private final int[] mul;
  private final int[] add;

  public MinHasher(int numPerm, long seed) {
    if (numPerm < 1) {
      throw new IllegalArgumentException("num_perm must be positive, got " + numPerm);
    }
    SplittableRandom random = new SplittableRandom(seed);
    this.mul = new int[numPerm];
    this.add = new int[numPerm];
    for (int i = 0; i < numPerm; i++) {
      mul[i] = random.nextInt() | 1;
      add[i] = random.nextInt();
    }
  }

  public int numPerm() {
    return mul.length;
  }

  /** The signature of a set given by its shingle hashes (repeats allowed); null when there is no shingle. */
  public int[] signature(long[] shingles) {
    if (shingles.length == 0) {
      return null;
    }
    int k = mul.length;
    int[] sig = new int[k];
    Arrays.fill(sig, Integer.MAX_VALUE);
    int[] a = mul;
    int[] b = add;
    for (long shingle : shingles) {
      int h = (int) (shingle ^ (shingle >>> 32));
      for (int i = 0; i < k; i++) {
        int x = (h * a[i] + b[i]) >>> 1;
        int y = sig[i];
        int d = x - y; // no overflow: both are in [0, 2^31)
        sig[i] = y + (d & (d >> 31));
      }
    }
    return sig;
  }

  /** Share of positions where two signatures agree: an unbiased estimate of the sets' Jaccard similarity. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  /**
   * One 64-bit key per band: the hash of the band's index and its {@code rows} values. Documents share a key
   * when they agree on the whole band (up to 64-bit hash collisions, about n²/2^65 per band for n documents).
   */
  public static long[] bandKeys(int[] signature, LshBands lsh) {
    long[] keys = new long[lsh.bands()];
    for (int b = 0; b < lsh.bands(); b++) {
      long h = Hashing64.mix(b + 0x632BE59BD9B4E019L);
      for (int r = b * lsh.rows(); r < (b + 1) * lsh.rows(); r++) {
        h = Long.rotateLeft((h ^ (signature[r] & 0xFFFFFFFFL)) * 0x9E3779B97F4A7C15L, 31);
      }
      keys[b] = Hashing64.mix(h);
    }
    return keys;
  }
}
