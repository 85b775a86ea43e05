package dev.jinglian.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CompareViewTest {
  @Test
  void listsOnlyTheRecipeSettingsThatDifferIncludingOnesSetOnOneSide() {
    ReportData a = ReportDataFixture.with("x", Map.of("filters.length.min_chars", "300", "seed", "42"), 3);
    ReportData b = ReportDataFixture.with("x", Map.of("filters.length.min_chars", "200", "seed", "42",
        "filters.gopher.enabled", "true"), 1);
    CompareView v = CompareView.of(a, "a", b, "b");
    assertThat(v.recipeChanges()).containsExactly(
        new CompareView.Change("filters.gopher.enabled", "(not set)", "true"),
        new CompareView.Change("filters.length.min_chars", "300", "200"));
  }

  @Test
  void showsDocumentsOutAndRemovedPerReasonWithTheirChange() {
    ReportData a = ReportDataFixture.with("x", Map.of(), 3);
    ReportData b = ReportDataFixture.with("x", Map.of(), 1);
    CompareView v = CompareView.of(a, "a", b, "b");
    assertThat(v.metrics()).contains(new CompareView.Metric("documents out", "7", "9", "+2 (+28.6%)"));
    assertThat(v.reasons()).containsExactly(new CompareView.ReasonRow("x", "x", "3 (30.0%)", "1 (10.0%)",
        "−2 (−66.7%)"));
  }

  @Test
  void deltaIsSignedAndRelativeToA() {
    assertThat(CompareView.delta(5, 5)).isEqualTo("=");
    assertThat(CompareView.delta(0, 4)).isEqualTo("+4");
    assertThat(CompareView.delta(200, 150)).isEqualTo("−50 (−25.0%)");
  }
}
