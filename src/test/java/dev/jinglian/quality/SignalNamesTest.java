package dev.jinglian.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jinglian.filter.DocumentFilter;
import dev.jinglian.filter.FilterDefinition;
import dev.jinglian.filter.FilterRegistry;
import dev.jinglian.filter.Threshold;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignalNamesTest {
  private static final Set<String> FAMILIES = Set.of("length", "language", "gopher_quality", "gopher_repetition",
      "c4", "fineweb", "chinese");

  @Test
  void everySignalIsASnakeCaseColumnNameUsedByOneFamilyOnly() {
    Set<String> seen = new HashSet<>();
    for (FilterDefinition<?> def : FilterRegistry.definitions()) {
      if (!FAMILIES.contains(def.family())) {
        continue; // other families need parameters (block lists, models) to be built
      }
      DocumentFilter f = def.build(new ObjectMapper().convertValue(Map.of("enabled", true), def.paramsType()));
      for (String s : f.signalNames()) {
        assertThat(s).as(def.family()).matches("[a-z][a-z0-9_]*");
        assertThat(seen.add(s)).as("signal %s of %s is declared twice", s, def.family()).isTrue();
      }
      for (Threshold t : f.thresholds()) {
        assertThat(f.signalNames()).as("threshold of %s", def.family()).contains(t.signal());
      }
    }
  }

  @Test
  void theReportSeesTheCutsTheRulesApply() {
    ChineseFilter chinese = new ChineseFilter(Docs.params(ChineseFilter.Params.class, Map.of("min_han_ratio", 0.4)));
    assertThat(chinese.thresholds()).contains(Threshold.min(ChineseFilter.HAN_RATIO, 0.4),
        Threshold.max(ChineseFilter.CHAR_REPETITION, 0.2));
    C4Filter c4 = new C4Filter(Docs.params(C4Filter.Params.class, Map.of("enabled", true, "curly_bracket", false)));
    assertThat(c4.thresholds()).extracting(Threshold::signal).doesNotContain(C4Filter.CURLY_BRACKETS)
        .contains(C4Filter.SENTENCES);
  }
}
