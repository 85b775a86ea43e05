package dev.jinglian.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LshBandsTest {
  @Test
  void candidateProbabilityIsTheBandingSCurve() {
    LshBands lsh = new LshBands(20, 5);
    assertThat(lsh.candidateProbability(0)).isEqualTo(0);
    assertThat(lsh.candidateProbability(1)).isEqualTo(1);
    assertThat(lsh.candidateProbability(0.5)).isCloseTo(1 - Math.pow(1 - Math.pow(0.5, 5), 20), within(1e-12));
    assertThat(lsh.candidateProbability(0.6)).isGreaterThan(lsh.candidateProbability(0.5));
  }

  @Test
  void derivedBandingPutsTheSteepPartAtTheThreshold() {
    LshBands balanced = LshBands.optimal(0.8, 128, 0.5);
    assertThat(balanced).isEqualTo(new LshBands(9, 13));
    assertThat(balanced.candidateProbability(0.95)).isGreaterThan(0.99);
    assertThat(balanced.candidateProbability(0.5)).isLessThan(0.01);
    // leaning to recall (for verified candidates) gives more, shorter bands
    LshBands recall = LshBands.optimal(0.8, 128, 0.05);
    assertThat(recall).isEqualTo(new LshBands(16, 8));
    assertThat(recall.candidateProbability(0.85)).isGreaterThan(0.99);
    // a lower threshold moves the curve left
    LshBands low = LshBands.optimal(0.5, 128, 0.5);
    assertThat(low.candidateProbability(0.6)).isGreaterThan(balanced.candidateProbability(0.6));
  }

  @Test
  void specDerivesOrTakesExplicitBanding() {
    assertThat(NearDedupSpec.defaults().lshBands()).isEqualTo(new LshBands(16, 8));
    NearDedupSpec unverified = new NearDedupSpec(null, null, null, null, null, null, null, null, false, null);
    assertThat(unverified.lshBands()).isEqualTo(new LshBands(9, 13));
    NearDedupSpec explicit = new NearDedupSpec(null, null, null, null, null, 20, 5, null, null, null);
    assertThat(explicit.lshBands()).isEqualTo(new LshBands(20, 5));
    assertThatThrownBy(() -> new NearDedupSpec(null, null, 64, null, null, 20, 5, null, null, null))
        .hasMessageContaining("bands * rows <= num_perm (64)");
    assertThatThrownBy(() -> new NearDedupSpec(null, null, null, null, null, 20, null, null, null, null))
        .hasMessageContaining("set both bands and rows");
  }
}
