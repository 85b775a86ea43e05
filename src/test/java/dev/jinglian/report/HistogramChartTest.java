package dev.jinglian.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.filter.Threshold;
import dev.jinglian.report.HistogramChart.Style;
import dev.jinglian.report.ReportData.Histogram;
import dev.jinglian.report.ReportData.Series;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HistogramChartTest {
  private static final List<Style> ONE = List.of(new Style("kept", "kept", "kept"));
  private static final Histogram LINEAR = new Histogram("linear", new double[] {0, 25, 50, 75, 100},
      List.of(new Series("kept", new long[] {1, 2, 3, 4})));

  @Test
  void thresholdInsideTheRangeIsADashedLineAtItsValue() {
    String svg = HistogramChart.render("t", "x", LINEAR, ONE, HistogramChart.Mode.STACKED,
        List.of(Threshold.min("x", 50)));
    // plot from x=58 to 560-14=546: 50 of 0..100 is the middle
    assertThat(lineX(svg)).isCloseTo((58 + 546) / 2.0, org.assertj.core.data.Offset.offset(0.6));
    assertThat(svg).contains(">min 50<").contains("class=\"dropped-zone\"");
  }

  @Test
  void thresholdOutsideTheObservedRangeIsNamedAtTheEdge() {
    String svg = HistogramChart.render("t", "x", LINEAR, ONE, HistogramChart.Mode.STACKED,
        List.of(Threshold.max("x", 5_000_000)));
    assertThat(svg).contains("max 5,000,000 (outside the observed range) ▶").doesNotContain("class=\"threshold\"");
  }

  @Test
  void logThresholdIsPlacedInLogSpace() {
    Histogram log = new Histogram("log", new double[] {1, 10, 100, 1000},
        List.of(new Series("kept", new long[] {1, 1, 1})));
    String svg = HistogramChart.render("t", "x", log, ONE, HistogramChart.Mode.STACKED,
        List.of(Threshold.max("x", 100)));
    assertThat(lineX(svg)).isCloseTo(58 + 2 * (488 / 3.0), org.assertj.core.data.Offset.offset(0.6));
  }

  @Test
  void barsCarryTheirBinAndCountAsTooltip() {
    String svg = HistogramChart.render("t", "x", LINEAR, ONE, HistogramChart.Mode.STACKED, List.of());
    assertThat(svg).contains("<title>&lt; 25 · kept: 1</title>").contains("<title>[25, 50) · kept: 2</title>")
        .contains("<title>≥ 75 · kept: 4</title>");
  }

  @Test
  void yTicksAreWholeNumbers() {
    assertThat(HistogramChart.tickStep(36)).isEqualTo(10);
    assertThat(HistogramChart.tickStep(3)).isEqualTo(1);
    assertThat(HistogramChart.tickStep(90)).isEqualTo(25);
    assertThat(HistogramChart.tickStep(140)).isEqualTo(50);
    assertThat(HistogramChart.tickStep(0)).isEqualTo(1);
  }

  private static double lineX(String svg) {
    Matcher m = Pattern.compile("<line x1=\"([0-9.]+)\"[^>]*class=\"threshold\"").matcher(svg);
    assertThat(m.find()).as("a threshold line").isTrue();
    return Double.parseDouble(m.group(1));
  }
}
