package dev.jinglian.qualitymodel;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import dev.jinglian.tag.DocumentAnalysis;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quality model's input: HanLP word unigrams and bigrams plus character bigrams, hashed (MurmurHash3) into
 * {@code 2^bits} buckets, weighted {@code log(1 + count)} and L2-normalized so long and short documents score
 * on the same scale. Words come from the shared segmentation, so scoring in the fused pass adds no HanLP run;
 * character bigrams cover what segmentation misses (classical text, OOV strings, markup). Only the first
 * {@link #MAX_UNITS} words and characters count: quality shows in a prefix, and cost stays bounded.
 * Training and scoring call this same class, which is what keeps their features identical.
 */
public final class HashedFeatures implements Serializable {
  public static final int BITS_DEFAULT = 18;
  public static final int MAX_UNITS = 20_000;
  private static final HashFunction HASH = Hashing.murmur3_32_fixed();

  private final int bits;
  private final int mask;

  public HashedFeatures(int bits) {
    if (bits < 10 || bits > 24) {
      throw new IllegalArgumentException("feature bits must be in [10, 24], got " + bits);
    }
    this.bits = bits;
    this.mask = (1 << bits) - 1;
  }

  public int bits() {
    return bits;
  }

  public int dimension() {
    return 1 << bits;
  }

  /** Sparse feature vector: sorted bucket indices and their weights. */
  public record Sparse(int[] indices, double[] values) {}

  public Sparse of(DocumentAnalysis doc) {
    Map<Integer, Integer> counts = new HashMap<>();
    List<String> words = doc.words();
    String prev = null;
    int n = Math.min(words.size(), MAX_UNITS);
    for (int i = 0; i < n; i++) {
      String w = words.get(i).toLowerCase(Locale.ROOT);
      add(counts, "w:" + w);
      if (prev != null) {
        add(counts, "b:" + prev + ' ' + w);
      }
      prev = w;
    }
    String text = doc.text();
    int last = -1;
    int seen = 0;
    for (int i = 0; i < text.length() && seen < MAX_UNITS; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp)) {
        continue;
      }
      seen++;
      if (last >= 0) {
        add(counts, new StringBuilder(6).append("c:").appendCodePoint(last).appendCodePoint(cp).toString());
      }
      last = cp;
    }
    int[] idx = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    double[] val = new double[idx.length];
    double norm = 0;
    for (int i = 0; i < idx.length; i++) {
      val[i] = Math.log1p(counts.get(idx[i]));
      norm += val[i] * val[i];
    }
    if (norm > 0) {
      double inv = 1 / Math.sqrt(norm);
      for (int i = 0; i < val.length; i++) {
        val[i] *= inv;
      }
    }
    return new Sparse(idx, val);
  }

  private void add(Map<Integer, Integer> counts, String feature) {
    int h = HASH.hashString(feature, StandardCharsets.UTF_8).asInt() & mask;
    counts.merge(h, 1, Integer::sum);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HashedFeatures f && f.bits == bits;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new int[] {bits});
  }
}
