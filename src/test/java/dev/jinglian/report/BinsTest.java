package dev.jinglian.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinsTest {
  @Test
  void lengthsSpanningDecadesGetLogBinsAndRatiosLinearBins() {
    assertThat(Bins.forRange(3, 40_000)).isInstanceOf(Bins.Log.class);
    assertThat(Bins.forRange(0, 1)).isInstanceOf(Bins.Linear.class);
    assertThat(Bins.forRange(-5, 5000)).isInstanceOf(Bins.Linear.class); // negative values: no log axis
    assertThat(Bins.forRange(7, 7).count()).isEqualTo(1);
  }

  @Test
  void linearBinsHaveRoundEdgesCoveringTheRange() {
    Bins.Linear b = Bins.Linear.nice(29, 1447, 40);
    assertThat(b.lo()).isEqualTo(0);
    assertThat(b.edges()[1]).isEqualTo(50);
    assertThat(b.hi()).isGreaterThanOrEqualTo(1447).isLessThan(1500.0001);
    assertThat(b.count()).isLessThanOrEqualTo(41);
    Bins.Linear unit = Bins.Linear.nice(0, 1, 40);
    assertThat(unit.edges()[1]).isEqualTo(0.025);
  }

  @Test
  void logBinsStartAtAPowerOfTen() {
    Bins.Log b = Bins.Log.covering(12, 40_000, 6);
    assertThat(b.lo()).isEqualTo(10);
    assertThat(b.edges()[6]).isCloseTo(100, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(b.edges()[b.count()]).isGreaterThanOrEqualTo(40_000);
  }

  @Test
  void valuesOnAnEdgeGoToTheUpperBinAndOutliersToTheEndBins() {
    Bins log = new Bins.Log(1, 5, 10); // edges 1, 1.58, 2.51, … 100
    assertThat(indexes(log, 0.0, -3.0, 1.0, 9.99, 10.0, 1000.0, Double.POSITIVE_INFINITY))
        .containsExactly(0, 0, 0, 4, 5, 9, 9);
    Bins lin = new Bins.Linear(0, 1, 20);
    assertThat(indexes(lin, -1.0, 0.0, 0.05, 0.0499, 1.0, 7.0, Double.NEGATIVE_INFINITY, Double.NaN))
        .containsExactly(0, 0, 1, 0, 19, 19, 0, 0);
  }

  private static List<Integer> indexes(Bins b, double... values) {
    return Arrays.stream(values).mapToObj(b::index).toList();
  }
}
