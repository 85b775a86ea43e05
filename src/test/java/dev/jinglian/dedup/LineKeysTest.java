package dev.jinglian.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What counts as the same boilerplate unit, and which units are too narrow to count. */
class LineKeysTest {
  private static LineKeys keys(String unit, int minWidth, boolean foldDigits) {
    return new LineKeys(new LineDedupSpec(true, LineUnit.parse(unit), null, minWidth, foldDigits, null));
  }

  @Test
  void caseWhitespaceAndDigitsDoNotMakeLinesDifferent() {
    LineKeys k = keys("line", 10, true);
    assertThat(k.key("Copyright 2019  ACME Inc. All rights reserved."))
        .isEqualTo(k.key("  copyright 2023 acme inc.\tall RIGHTS reserved. "))
        .isNotEqualTo(k.key("Copyright 2019 ACME Ltd. All rights reserved."));
    assertThat(k.key("版权所有 © 2019 新浪网")).isEqualTo(k.key("版权所有  ©  2023 新浪网"));
    LineKeys exact = keys("line", 10, false);
    assertThat(exact.key("版权所有 © 2019 新浪网")).isNotEqualTo(exact.key("版权所有 © 2023 新浪网"));
  }

  @Test
  void unitsNarrowerThanMinWidthHaveNoKeyAndHanCountsTwo() {
    LineKeys k = keys("line", 10, true);
    assertThat(k.key("Read more.")).isNotEqualTo(LineKeys.NONE); // width 10
    assertThat(k.key("Read more")).isEqualTo(LineKeys.NONE); // 9
    assertThat(k.key("返回网站首页")).isNotEqualTo(LineKeys.NONE); // 6 Han = 12
    assertThat(k.key("返回首页")).isEqualTo(LineKeys.NONE); // 8
    assertThat(k.key("    }")).isEqualTo(LineKeys.NONE);
    assertThat(k.key("")).isEqualTo(LineKeys.NONE);
  }

  @Test
  void paragraphsAreRunsOfNonBlankLinesAndRemovalLeavesNoBlankGaps() {
    LineKeys p = keys("paragraph", 10, true);
    assertThat(p.units("first line\nsecond line\n\n\nthird\n")).containsExactly("first line\nsecond line", "third");
    assertThat(p.join(List.of("a\nb", "c"))).isEqualTo("a\nb\n\nc");
    LineKeys l = keys("line", 10, true);
    assertThat(l.units("a\n\nb")).containsExactly("a", "", "b");
    // "menu" between two blank lines removed: one blank line left, none at the ends
    assertThat(l.join(List.of("", "intro", "", "", "body", ""))).isEqualTo("intro\n\nbody");
  }
}
