package dev.jinglian.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jinglian.filter.Verdict;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import dev.jinglian.tag.WordSegmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlaggedWordsFilterTest {
  private static final WordSegmenter SEGMENTER = WordSegmenter.of(WordSegmenter.Mode.FAST);
  private static final FlaggedWordsFilter DEFAULTS = filter(null, null, null, null);

  private static FlaggedWordsFilter filter(Double maxRatio, Integer minHits, List<String> bundled, List<String> lists) {
    return new FlaggedWordsFilter(new FlaggedWordsFilter.Params(null, maxRatio, minHits, bundled, lists));
  }

  private static Signals measure(FlaggedWordsFilter f, String text) {
    Signals s = new Signals();
    f.measure(new DocumentAnalysis("t", text, SEGMENTER), s);
    return s;
  }

  private static Verdict verdict(FlaggedWordsFilter f, String text) {
    DocumentAnalysis doc = new DocumentAnalysis("t", text, SEGMENTER);
    Signals s = new Signals();
    f.measure(doc, s);
    return f.decide(doc, s);
  }

  private static String repeat(String s, int n) {
    return String.join("", java.util.Collections.nCopies(n, s));
  }

  @Test
  void chineseFlaggedTermsAreCountedOnHanlpWords() {
    Signals s = measure(DEFAULTS, "免费看色情片，点击进入成人网站，澳门赌场百家乐真人荷官。");
    assertThat(s.get(FlaggedWordsFilter.HITS)).isEqualTo(5);
  }

  @Test
  void chineseTermInsideInnocentLongerWordsDoesNotCount() {
    // 色情 straddles the word boundary in 景色/情调, 特色/情节, 夜色/情人, 出色/情况
    assertThat(measure(DEFAULTS, "湖边景色情调宜人，特色情节动人，夜色情人节，出色情况下。").get(FlaggedWordsFilter.HITS))
        .isZero();
    // the same characters as a word of their own do count
    assertThat(measure(DEFAULTS, "网上流传色情内容。").get(FlaggedWordsFilter.HITS)).isEqualTo(1);
  }

  @Test
  void englishTermInsideInnocentLongerWordsDoesNotCount() {
    String innocent = "Scunthorpe and Essex fans studied the cumulative shitake harvest in Sussex; "
        + "the porcupine was fucus-covered.";
    assertThat(measure(DEFAULTS, innocent).get(FlaggedWordsFilter.HITS)).isZero();
    assertThat(measure(DEFAULTS, "Free PORN here, porn porn!").get(FlaggedWordsFilter.HITS)).isEqualTo(3);
  }

  @Test
  void multiWordTermsMatchAdjacentWordsOnly() {
    assertThat(measure(DEFAULTS, "best online casino, online-casino and Online  Casino").get(FlaggedWordsFilter.HITS))
        .isEqualTo(3);
    assertThat(measure(DEFAULTS, "we went online. Casino night was fun").get(FlaggedWordsFilter.HITS)).isZero();
    assertThat(measure(DEFAULTS, "最新AV女优作品").get(FlaggedWordsFilter.HITS)).isEqualTo(1);
  }

  @Test
  void everyBundledChineseTermIsFoundInRunningText() {
    FlaggedWordsFilter zh = filter(null, null, List.of("zh"), null);
    for (ListFile.Entry e : ListFile.resource("flagged_words_zh.txt")) {
      for (String text : List.of("这是" + e.text() + "。", "关于" + e.text() + "的报道")) {
        assertThat(measure(zh, text).get(FlaggedWordsFilter.HITS))
            .as("%s in '%s' segmented as %s", e.error("term"), text, SEGMENTER.segment(text))
            .isEqualTo(1);
      }
    }
  }

  @Test
  void chineseRatioThresholdBothSides() {
    // 100 words: 49 x 我们/去 style filler... build exactly: each "学习。" is 1 word; each "色情" is 1 word
    String filler = repeat("学习。", 98);
    Verdict atLimit = verdict(DEFAULTS, filler + "色情。色情。");          // 2/100 = 0.02, not above
    assertThat(atLimit.rejected()).isFalse();
    Verdict above = verdict(DEFAULTS, repeat("学习。", 97) + "色情。色情。色情。"); // 3/100 = 0.03
    assertThat(above.rejected()).isTrue();
    assertThat(above.reason().key()).isEqualTo("flagged_words/too_many");
    assertThat(above.detail()).isEqualTo("3 flagged of 100 words = 0.0300 > 0.0200");
  }

  @Test
  void englishRatioThresholdBothSides() {
    String filler = repeat("word ", 147);
    assertThat(verdict(DEFAULTS, filler + "fuck fuck fuck").rejected()).isFalse(); // 3/150 = 0.02
    Verdict above = verdict(DEFAULTS, repeat("word ", 146) + "fuck fuck fuck fuck"); // 4/150
    assertThat(above.reason().key()).isEqualTo("flagged_words/too_many");
  }

  @Test
  void fewerHitsThanMinimumNeverDrop() {
    // 2 hits in 5 words is 40%, but below min_hits
    assertThat(verdict(DEFAULTS, "fuck this shit, really").rejected()).isFalse();
    assertThat(verdict(DEFAULTS, "傻逼，操你妈，滚").rejected()).isFalse();
    assertThat(verdict(DEFAULTS, "傻逼，操你妈，草泥马，滚").reason().key()).isEqualTo("flagged_words/too_many");
    assertThat(verdict(filter(null, 2, null, null), "傻逼，操你妈，滚").rejected()).isTrue();
  }

  @Test
  void userListsAddTermsAndBundledListsCanBeSwitchedOff(@TempDir Path dir) throws IOException {
    Path list = dir.resolve("mine.txt");
    Files.writeString(list, "\uFEFF# house list\n\n代开发票\nfake diploma\n", StandardCharsets.UTF_8);
    FlaggedWordsFilter mine = filter(null, null, List.of(), List.of(list.toString()));
    assertThat(measure(mine, "专业代开发票，办理 fake diploma，色情片").get(FlaggedWordsFilter.HITS)).isEqualTo(2);
    FlaggedWordsFilter both = filter(null, null, null, List.of(list.toString()));
    assertThat(measure(both, "专业代开发票，办理 fake diploma，色情片").get(FlaggedWordsFilter.HITS)).isEqualTo(3);
  }

  @Test
  void recipeRunsTheFamilyByDefaultAndBindsItsKeys() {
    String head = "name: t\noutput: /tmp/o\nsources: [{name: web, path: /x}]\n";
    assertThat(dev.jinglian.testing.Recipes.fromYaml(head).filters().byFamily().get("flagged_words"))
        .isEqualTo(new FlaggedWordsFilter.Params(true, 0.02, 3, List.of("zh", "en"), List.of()));
    assertThat(dev.jinglian.testing.Recipes.fromYaml(head + "filters:\n  flagged_words: {max_ratio: 0.05, "
        + "min_hits: 5, bundled: [zh], lists: [a.txt]}\n").filters().byFamily().get("flagged_words"))
        .isEqualTo(new FlaggedWordsFilter.Params(true, 0.05, 5, List.of("zh"), List.of("a.txt")));
    assertThatThrownBy(() -> dev.jinglian.testing.Recipes.fromYaml(head + "filters:\n  flagged_words: {ratio: 1}\n"))
        .hasMessageContaining("unknown key 'ratio'");
  }

  @Test
  void missingListFileFailsNamingThePath(@TempDir Path dir) {
    String missing = dir.resolve("nope.txt").toString();
    assertThatThrownBy(() -> filter(null, null, null, List.of(missing)))
        .hasMessageStartingWith("cannot read list file '" + missing + "'");
  }

  @Test
  void invalidParametersFailWithTheKey() {
    assertThatThrownBy(() -> filter(1.5, null, null, null))
        .hasMessage("flagged_words: max_ratio must be in [0, 1), got 1.5");
    assertThatThrownBy(() -> filter(null, 0, null, null))
        .hasMessage("flagged_words: min_hits must be at least 1, got 0");
    assertThatThrownBy(() -> filter(null, null, List.of("fr"), null))
        .hasMessage("flagged_words: unknown bundled list 'fr' (bundled lists: en, zh)");
    assertThatThrownBy(() -> filter(null, null, List.of(), null))
        .hasMessage("flagged_words: no words to look for (bundled is empty and no lists)");
  }

  @Test
  void emptyDocumentHasZeroRatio() {
    Signals s = measure(DEFAULTS, "。。。");
    assertThat(s.get(FlaggedWordsFilter.RATIO)).isZero();
  }
}
