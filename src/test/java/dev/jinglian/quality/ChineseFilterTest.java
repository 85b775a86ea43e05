package dev.jinglian.quality;

import static dev.jinglian.quality.Docs.assertKept;
import static dev.jinglian.quality.Docs.assertRejected;
import static dev.jinglian.quality.Docs.doc;
import static dev.jinglian.quality.Docs.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.filter.Verdict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChineseFilterTest {
  private static final ChineseFilter DEFAULTS = new ChineseFilter(Docs.params(ChineseFilter.Params.class, Map.of()));

  /** Only the named rules active. */
  private static ChineseFilter only(Map<String, Object> active) {
    Map<String, Object> p = new HashMap<>(Map.of("min_han_ratio", 0.0, "max_char_repetition", 1.0,
        "max_special_char_ratio", 1.0, "max_digit_ratio", 1.0, "min_mean_line_length", 0.0,
        "max_line_length", Integer.MAX_VALUE, "min_line_punct_ratio", 0.0, "max_top_word_ratio", 1.0));
    p.putAll(active);
    return new ChineseFilter(Docs.params(ChineseFilter.Params.class, p));
  }

  @Test
  void otherLanguagesSkipTheWholeFamily() {
    Verdict v = run(DEFAULTS, doc("Plain English text, without a single Chinese character.", "en"));
    assertThat(v.kind()).isEqualTo(Verdict.Kind.NOT_APPLICABLE);
    assertThat(Docs.signals(DEFAULTS, doc("Plain English text.", "en")).asMap()).isEmpty();
    assertThat(run(DEFAULTS, doc("日本語の文章です。", "ja")).kind()).isEqualTo(Verdict.Kind.NOT_APPLICABLE);
  }

  @Test
  void hanCharactersCarryAtLeastThirtyPercentOfTheText() {
    ChineseFilter rule = only(Map.of("min_han_ratio", 0.3));
    // 3 Han characters weigh 9; with 21 other visible characters 9 / 30 = 0.3
    assertKept(run(rule, doc("价格表 " + "1".repeat(21), "zh-Hans")));
    assertRejected(run(rule, doc("价格表 " + "1".repeat(22), "zh-Hans")), "chinese/low_han_ratio",
        "0.2903 < 0.3000");
  }

  @Test
  void symbolsButNotSentencePunctuationCountAsSpecial() {
    ChineseFilter rule = only(Map.of("max_special_char_ratio", 0.3));
    // 7 Han characters and 3 stars: 3 / 10
    assertKept(run(rule, doc("★★★精品推荐大促销", "zh-Hans")));
    assertRejected(run(rule, doc("★★★★精品推荐大促销", "zh-Hans")), "chinese/special_chars",
        "0.3636 > 0.3000");
    // terse classical Chinese is a quarter punctuation and more; that is not junk
    String lunyu = "子曰:“君子不器。”\n-- 论语,为政篇";
    assertKept(run(rule, doc(lunyu, "zh-Hans")));
    assertThat(ChineseFilter.specialChars("，。、；：“”（）《》——……!?,.")).isZero();
    assertThat(ChineseFilter.specialChars("┌──┐│#@_|")).isEqualTo(9);
  }

  @Test
  void digitsAtMostThirtyPercent() {
    ChineseFilter rule = only(Map.of("max_digit_ratio", 0.3));
    assertKept(run(rule, doc("价格一共是七块钱123", "zh-Hans")));
    assertRejected(run(rule, doc("价格一共是七块钱1234", "zh-Hans")), "chinese/digits", "0.3333 > 0.3000");
  }

  @Test
  void menusOfVeryShortLinesAndEndlessLines() {
    ChineseFilter shortRule = only(Map.of("min_mean_line_length", 4.0));
    assertKept(run(shortRule, doc("首页中心\n新闻中心\n联系我们\n关于本站", "zh-Hans")));
    assertRejected(run(shortRule, doc("首页\n新闻中心\n联系我们\n关于本站", "zh-Hans")), "chinese/short_lines",
        "3.5000 < 4");
    ChineseFilter longRule = only(Map.of("max_line_length", 100));
    assertKept(run(longRule, doc("长".repeat(100), "zh-Hans")));
    assertRejected(run(longRule, doc("长".repeat(101), "zh-Hans")), "chinese/long_line", "101 > 100");
  }

  @Test
  void linesEndingInChinesePunctuationIncludingPauses() {
    ChineseFilter rule = only(Map.of("min_line_punct_ratio", 0.25));
    // verse wraps at the comma: "，" and "。" both count; NFKC turns "，" into ","
    assertKept(run(rule, doc("静夜思\n李白\n床前明月光,\n疑是地上霜。\n举头望明月\n低头思故乡\n一\n二", "zh-Hans")));
    assertRejected(run(rule, doc("静夜思\n李白\n床前明月光,\n疑是地上霜\n举头望明月\n低头思故乡\n一\n二", "zh-Hans")),
        "chinese/no_line_punctuation", "0.1250 < 0.2500");
  }

  @Test
  void oneContentWordStuffedIntoThePage() {
    ChineseFilter rule = only(Map.of("max_top_word_ratio", 0.1));
    // 50 words: 搬家 five times (0.1) or six times (0.12) among the stop word 的
    String five = "搬家，".repeat(5) + "的，".repeat(45);
    assertThat(doc(five, "zh-Hans").words()).hasSize(50);
    assertKept(run(rule, doc(five, "zh-Hans")));
    assertRejected(run(rule, doc("搬家，".repeat(6) + "的，".repeat(44), "zh-Hans")), "chinese/keyword_stuffing",
        "0.1200 > 0.1000");
    // shorter documents skip the rule: a word used twice in a quatrain is not stuffing
    String poem = "明月几时有，把酒问青天。不知天上宫阙，今夕是何年。明月";
    assertThat(Docs.skipped(DEFAULTS, doc(poem, "zh-Hans"))).contains("keyword_stuffing");
  }

  @Test
  void characterRepetitionNeedsFourHundredTrigrams() {
    ChineseFilter rule = only(Map.of("max_char_repetition", 0.2));
    String shortText = "北京搬家公司北京搬家公司北京搬家公司";
    assertThat(Docs.skipped(rule, doc(shortText, "zh-Hans"))).contains("char_repetition");
    assertKept(run(rule, doc(shortText, "zh-Hans")));
    // 402 characters of one 6-character phrase: almost every 3-gram repeats
    String spam = "北京搬家公司".repeat(67);
    Verdict v = run(rule, doc(spam, "zh-Hans"));
    assertThat(v.reason().key()).isEqualTo("chinese/char_repetition");
    double measured = Docs.signals(rule, doc(spam, "zh-Hans")).get(ChineseFilter.CHAR_REPETITION);
    assertKept(run(only(Map.of("max_char_repetition", measured)), doc(spam, "zh-Hans")));
  }

  @Test
  void realJunkIsDroppedByDefault() {
    String table = "┌────────────────┬────────────────┐\n│列出目录中的文件│显示详细文件信息│\n"
        + "├────────────────┼────────────────┤\n│复制文件到目录中│删除不用的旧文件│\n└────────────────┴────────────────┘";
    assertThat(run(DEFAULTS, doc(table, "zh-Hans")).reason().key()).isEqualTo("chinese/special_chars");
    String prices = "2024年01月 3.25 4.10 5.00\n2024年02月 3.30 4.15 5.05\n2024年03月 3.35 4.20 5.10";
    assertThat(run(DEFAULTS, doc(prices, "zh-Hans")).reason().key()).isEqualTo("chinese/low_han_ratio");
    String tags = List.of("首页", "新闻", "体育", "娱乐", "财经", "科技", "汽车", "房产").stream()
        .reduce((a, b) -> a + "\n" + b).orElseThrow();
    assertThat(run(DEFAULTS, doc(tags, "zh-Hans")).reason().key()).isEqualTo("chinese/short_lines");
  }
}
