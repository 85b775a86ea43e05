package dev.jinglian.quality;

import static dev.jinglian.quality.Docs.assertKept;
import static dev.jinglian.quality.Docs.assertRejected;
import static dev.jinglian.quality.Docs.doc;
import static dev.jinglian.quality.Docs.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FineWebFilterTest {
  /** Only the named rule active. */
  private static FineWebFilter only(Map<String, Object> active) {
    Map<String, Object> p = new HashMap<>(Map.of("enabled", true, "min_line_punct_ratio", 0.0,
        "max_short_line_ratio", 1.0, "max_dup_line_char_ratio", 1.0, "max_newline_word_ratio", 1000.0));
    p.putAll(active);
    return new FineWebFilter(Docs.params(FineWebFilter.Params.class, p));
  }

  /** {@code n} distinct lines; the first {@code marked} get {@code suffix}. */
  private static String lines(int n, int marked, String base, String suffix) {
    List<String> out = new ArrayList<>();
    List<String> tags = Docs.words(n, 4);
    for (int i = 0; i < n; i++) {
      out.add(base + " " + tags.get(i) + (i < marked ? suffix : ""));
    }
    return String.join("\n", out);
  }

  @Test
  void atLeastTwelvePercentOfLinesEndInTerminalPunctuation() {
    FineWebFilter rule = only(Map.of("min_line_punct_ratio", 0.12));
    String base = "a line of ordinary words well over thirty characters";
    assertKept(run(rule, doc(lines(25, 3, base, "."), "en")));
    assertRejected(run(rule, doc(lines(25, 2, base, "."), "en")), "fineweb/line_punct_ratio", "0.0800 < 0.1200");
    assertKept(run(rule, doc(lines(25, 3, "一行普通的中文文字", "。"), "zh-Hans")));
    assertRejected(run(rule, doc(lines(25, 3, "一行普通的中文文字", "，"), "zh-Hans")), "fineweb/line_punct_ratio",
        "0 < 0.1200");
  }

  @Test
  void shortLinesMeasuredInTextMassSoTenHanCharactersAreThirty() {
    FineWebFilter rule = only(Map.of("max_short_line_ratio", 0.67));
    String longLine = "this line is clearly longer than thirty characters";
    assertKept(run(rule, doc("short one\nshort two\n" + longLine, "en")));
    assertRejected(run(rule, doc("short one\nshort two\nshort three", "en")), "fineweb/short_line_ratio",
        "1 > 0.6700");
    // ten Han characters weigh 30: short; eleven weigh 33: not short
    assertRejected(run(rule, doc("一二三四五六七八九十\n一二三四五六七八九十", "zh-Hans")), "fineweb/short_line_ratio",
        "1 > 0.6700");
    assertKept(run(rule, doc("一二三四五六七八九十\n一二三四五六七八九十甲\n一二三四五六七八九十乙", "zh-Hans")));
  }

  @Test
  void repeatedLinesMayHoldOnePercentOfTheCharacters() {
    FineWebFilter rule = only(Map.of("max_dup_line_char_ratio", 0.01));
    List<String> lines = new ArrayList<>(Docs.words(100, 10));
    lines.add(lines.get(0));
    assertKept(run(rule, doc(String.join("\n", lines), "en")));
    lines.add(lines.get(1));
    assertRejected(run(rule, doc(String.join("\n", lines), "en")), "fineweb/char_dup_ratio", "0.0196 > 0.0100");
  }

  @Test
  void listLikePagesHaveManyLineBreaksPerWord() {
    FineWebFilter rule = only(Map.of("max_newline_word_ratio", 0.3));
    String three = String.join("\n", java.util.Collections.nCopies(10, "three small words"));
    assertKept(run(rule, doc(three, "en")));
    assertRejected(run(rule, doc(three.substring(0, three.length() - 6), "en")), "fineweb/list_ratio",
        "0.3103 > 0.3000");
    // Chinese counts HanLP words: 我们/喜欢/读书 is three
    String zh = String.join("\n", java.util.Collections.nCopies(10, "我们喜欢读书"));
    assertThat(doc(zh, "zh-Hans").words()).hasSize(30);
    assertKept(run(rule, doc(zh, "zh-Hans")));
    assertRejected(run(rule, doc(zh + "\n我们", "zh-Hans")), "fineweb/list_ratio", "0.3226 > 0.3000");
  }
}
