package dev.jinglian.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.filter.Threshold;
import dev.jinglian.filter.Verdict;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import dev.jinglian.tag.WordSegmenter;
import org.junit.jupiter.api.Test;

/** The thresholds the length filter reports for plotting are the ones it decides with. */
class LengthFilterThresholdsTest {
  private final LengthFilter filter = new LengthFilter(new LengthFilter.Params(null, 5, 12));

  @Test
  void reportsItsConfiguredMinAndMaxOnTheCharsSignal() {
    assertThat(filter.thresholds()).containsExactly(Threshold.min("chars", 5), Threshold.max("chars", 12));
    assertThat(new LengthFilter(new LengthFilter.Params(null, null, null)).thresholds()).containsExactly(
        Threshold.min("chars", LengthFilter.Params.MIN_CHARS_DEFAULT),
        Threshold.max("chars", LengthFilter.Params.MAX_CHARS_DEFAULT));
  }

  @Test
  void documentsAtTheReportedThresholdsAreKeptAndOneCharacterBeyondAreDropped() {
    assertThat(decide("精炼数据集")).isEqualTo("keep");               // 5 = min
    assertThat(decide("精炼数据")).isEqualTo("length/too_short (4 < 5)");
    assertThat(decide("refine data!")).isEqualTo("keep");            // 12 = max
    assertThat(decide("refined data!")).isEqualTo("length/too_long (13 > 12)");
  }

  private String decide(String text) {
    DocumentAnalysis doc = new DocumentAnalysis("test", text, WordSegmenter.named("standard"));
    Signals s = new Signals();
    filter.measure(doc, s);
    Verdict v = filter.decide(doc, s);
    return v.toString();
  }
}
