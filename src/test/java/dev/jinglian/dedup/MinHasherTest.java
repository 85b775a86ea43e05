package dev.jinglian.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinHasherTest {
  /** Two random sets of size n sharing {@code common} elements. */
  static long[][] sets(int n, int common, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] a = new long[n];
    long[] b = new long[n];
    for (int i = 0; i < n; i++) {
      a[i] = r.nextLong();
      b[i] = i < common ? a[i] : r.nextLong();
    }
    return new long[][] {a, b};
  }

  @Test
  void signatureAgreementEstimatesJaccard() {
    MinHasher hasher = new MinHasher(128, 1);
    for (double target : new double[] {0.3, 0.5, 0.8, 0.9}) {
      // |A ∩ B| / |A ∪ B| = c / (2n - c)  →  c = 2n·J / (1 + J)
      int n = 1000;
      int common = (int) Math.round(2 * n * target / (1 + target));
      double sum = 0;
      int trials = 40;
      for (int t = 0; t < trials; t++) {
        long[][] s = sets(n, common, t * 31L + (long) (target * 100));
        double truth = Shingler.jaccard(Shingler.distinct(s[0]), Shingler.distinct(s[1]));
        sum += MinHasher.similarity(hasher.signature(s[0]), hasher.signature(s[1])) - truth;
      }
      // the estimator is unbiased: its mean error over 40 pairs (std of one estimate ≈ 0.04) stays small
      assertThat(sum / trials).as("bias at J=%s", target).isCloseTo(0, within(0.02));
    }
  }

  @Test
  void signaturesAreDeterministicPerSeedAndIgnoreRepeats() {
    long[] s = sets(50, 0, 3)[0];
    long[] twice = Arrays.copyOf(s, 100);
    System.arraycopy(s, 0, twice, 50, 50);
    assertThat(new MinHasher(64, 7).signature(s)).containsExactly(new MinHasher(64, 7).signature(twice));
    assertThat(new MinHasher(64, 7).signature(s)).isNotEqualTo(new MinHasher(64, 8).signature(s));
    assertThat(new MinHasher(64, 7).signature(new long[0])).isNull();
    assertThat(Arrays.stream(new MinHasher(64, 7).signature(s)).min().getAsInt()).isNotNegative();
  }

  @Test
  void bandKeysChangeOnlyForTheBandThatDiffers() {
    LshBands lsh = new LshBands(4, 3);
    int[] sig = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    int[] other = sig.clone();
    other[4] = 99; // in band 1
    long[] a = MinHasher.bandKeys(sig, lsh);
    long[] b = MinHasher.bandKeys(other, lsh);
    assertThat(a).hasSize(4);
    assertThat(a[0]).isEqualTo(b[0]);
    assertThat(a[1]).isNotEqualTo(b[1]);
    assertThat(a[2]).isEqualTo(b[2]);
    assertThat(a[3]).isEqualTo(b[3]);
    // the same values in another band give another key
    int[] shifted = {4, 5, 6, 1, 2, 3, 7, 8, 9, 10, 11, 12};
    assertThat(MinHasher.bandKeys(shifted, lsh)[1]).isNotEqualTo(a[0]);
  }
}
