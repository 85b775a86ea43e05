package dev.jinglian.decontam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.normalize.Normalization;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.testing.Recipes;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

class DecontaminatorTest {
  static String resource(String name) {
    try {
      return Path.of(DecontaminatorTest.class.getResource("/decontam/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Recipe recipe(String decontaminate) {
    return Recipes.fromYaml("name: t\noutput: /tmp/o\nsources: [{name: web, path: /x}]\ndecontaminate:\n"
        + "  benchmarks:\n"
        + "    - {name: gsm8k, path: " + resource("gsm8k/test.jsonl") + ", fields: [question, answer]}\n"
        + "    - {name: quiz, path: '" + resource("quiz") + "/*/*.csv', format: csv, question_column: Question,"
        + " option_columns: [A, B, C, D]}\n"
        + decontaminate);
  }

  static NgramIndex index(Recipe r) {
    return DecontaminationStage.buildIndex(r.decontaminate(), r, new Configuration());
  }

  private static final Recipe DEFAULTS = recipe("");
  private static final NgramIndex DEFAULT_INDEX = index(DEFAULTS);
  private static final Decontaminator DROP = new Decontaminator(DEFAULT_INDEX, false);

  // GSM8K test item 3 (line 3 of test.jsonl)
  private static final String JOSH = "Josh decides to try flipping a house.  He buys a house for $80,000 and then puts"
      + " in $50,000 in repairs.  This increased the value of the house by 150%.  How much profit did he make?";

  @Test
  void plantedEnglishQuestionInsideALongerDocumentIsCaughtWithItsItem() {
    String doc = "Weekend reading list\n\nMy cousin sent me this puzzle from her homework and I could not stop "
        + "thinking about it. " + JOSH + " I think the answer involves percentages, but let me know in the "
        + "comments what you got. Also, the bakery on Main Street is open again.";
    Decontaminator.Outcome o = DROP.process(doc);
    assertThat(o).isNotNull();
    assertThat(o.dropped()).isTrue();
    assertThat(o.benchmarks()).containsExactly("gsm8k");
    assertThat(o.detail()).matches("gsm8k:test:3 \\(\\d+/\\d+ n-grams\\)");
  }

  @Test
  void reformattedQuestionIsStillCaught() {
    // case, punctuation and spacing differ; NFKC folds the full-width dollar sign and digits
    String doc = "Q: JOSH DECIDES TO TRY FLIPPING A HOUSE -- he buys a house for ＄８０,０００ and then puts in "
        + "$50,000 in repairs; this increased the value of the house by 150 % ... how much profit did he make";
    List<dev.jinglian.normalize.Transform> norm = Normalization.from(DEFAULTS.normalize());
    for (dev.jinglian.normalize.Transform t : norm) {
      doc = t.apply(doc);
    }
    assertThat(DROP.process(doc)).isNotNull();
  }

  @Test
  void sharingCommonWordsIsNotContamination() {
    String doc = "Janet keeps ducks. She sells the remainder at the farmers' market daily, and every morning she "
        + "eats three eggs for breakfast and bakes muffins for her friends. How much does a house cost in Seattle? "
        + "Josh decided to flip a house last year and made a profit.";
    assertThat(DROP.process(doc)).isNull();
  }

  @Test
  void minMatchesBoundaryInWords() {
    // matching units: words without punctuation, single letters ("a") dropped
    String[] w = java.util.Arrays.stream(JOSH.replaceAll("[^A-Za-z0-9 ]", " ").trim().split("\\s+"))
        .filter(x -> x.length() > 1).toArray(String[]::new);
    // 14 consecutive words = 2 distinct 13-grams: below the default of 3
    String two = String.join(" ", java.util.Arrays.copyOfRange(w, 0, 14));
    assertThat(DROP.process("Intro text. " + two + ". Outro text.")).isNull();
    // 15 consecutive words = 3 distinct 13-grams: contained
    String three = String.join(" ", java.util.Arrays.copyOfRange(w, 0, 15));
    assertThat(DROP.process("Intro text. " + three + ". Outro text.")).isNotNull();
    // one 13-gram alone (a boilerplate-like phrase) never drops, even with min_matches 2
    Decontaminator two2 = new Decontaminator(index(recipe("  min_matches: 2\n")), false);
    String one = String.join(" ", java.util.Arrays.copyOfRange(w, 0, 13));
    assertThat(two2.process("Intro. " + one + ". Outro.")).isNull();
    assertThat(two2.process("Intro. " + two + ". Outro.")).isNotNull();
  }

  @Test
  void minFractionSparesDocumentsHoldingOnlyPartOfAnItem() {
    // the question alone is well under half of item 3's n-grams (its worked answer is longer)
    String doc = "Puzzle of the day: " + JOSH;
    NgramIndex.Contamination c = DEFAULT_INDEX.scan(doc);
    assertThat(c).isNotNull();
    NgramIndex.ItemMatch m = c.items().get(0);
    double share = (double) m.matched() / m.total();
    assertThat(share).isBetween(0.2, 0.5);
    assertThat(new Decontaminator(index(recipe("  min_fraction: 0.2\n")), false).process(doc)).isNotNull();
    assertThat(new Decontaminator(index(recipe("  min_fraction: 0.5\n")), false).process(doc)).isNull();
    String whole = doc + "\nThe cost of the house and repairs came out to 80,000+50,000=$<<80000+50000=130000>>130,000"
        + "\nHe increased the value of the house by 80,000*1.5=<<80000*1.5=120000>>120,000\nSo the new value of the "
        + "house is 120,000+80,000=$<<120000+80000=200000>>200,000\nSo he made a profit of "
        + "200,000-130,000=$<<200000-130000=70000>>70,000\n#### 70000";
    assertThat(new Decontaminator(index(recipe("  min_fraction: 0.5\n")), false).process(whole)).isNotNull();
  }

  @Test
  void plantedChineseItemWithRelabelledOptionsIsCaught() {
    String doc = "期末复习资料整理如下，同学们请认真完成。\n第3题：植物叶片中的叶绿体利用光能把二氧化碳和水合成有机物，"
        + "同时释放出氧气，这一过程被称为（  ）\nA．呼吸作用  B．蒸腾作用  C．光合作用  D．消化作用\n答案：C。下一题见明天的作业。";
    Decontaminator.Outcome o = DROP.process(doc);
    assertThat(o).isNotNull();
    assertThat(o.benchmarks()).containsExactly("quiz");
    assertThat(o.detail()).matches("quiz:test/science:2 \\(\\d+/\\d+ n-grams\\)");
  }

  @Test
  void multiLineCsvQuestionIsCaughtByItsRecordNumber() {
    String doc = "练习：小明把一块冰放在阳光下，过了一会儿冰变成了水，这种物态变化叫做？凝固、熔化、升华、液化。";
    assertThat(DROP.process(doc).detail()).startsWith("quiz:test/science:4 ");
  }

  @Test
  void chineseTextSharingAShortPhraseIsNotContamination() {
    // shares 光合作用, 二氧化碳, 释放出氧气 and a 12-character run with item 2, never 13 characters in a row
    String doc = "光合作用是绿色植物的重要生理过程。叶绿体利用光能把二氧化碳变成糖类，白天释放出氧气，夜晚进行呼吸作用。"
        + "在标准大气压下水的沸点是一百度。";
    assertThat(DROP.process(doc)).isNull();
  }

  @Test
  void chineseBoundaryOnCharacterNgrams() {
    String q = "在标准大气压下纯水加热到多少摄氏度时开始沸腾"; // item 1 question without punctuation, 22 chars
    assertThat(DROP.process("资料：" + q.substring(0, 14) + "。")).isNull();   // 2 distinct 13-grams
    assertThat(DROP.process("资料：" + q.substring(0, 15) + "。")).isNotNull(); // 3 distinct 13-grams
  }

  @Test
  void benchmarkBoilerplateSharedByManyItemsIsLeftOut() {
    // items 3 and 6 of the quiz share the stem 下列关于月球的说法中正确的是 (two 13-grams)
    String doc = "下列关于月球的说法中，正确的是哪一个呢？这是我们今天讨论的题目。";
    Decontaminator strict = new Decontaminator(index(recipe("  min_matches: 2\n")), false);
    assertThat(strict.process(doc)).isNotNull();
    Decontaminator noBoilerplate = new Decontaminator(
        index(recipe("  min_matches: 2\n  max_items_per_ngram: 1\n")), false);
    assertThat(noBoilerplate.process(doc)).isNull();
  }

  @Test
  void cutRemovesOnlyTheMatchingSpans() {
    Decontaminator cut = new Decontaminator(index(recipe("  action: cut\n")), true);
    String doc = "Before the puzzle. " + JOSH + " After the puzzle.";
    Decontaminator.Outcome o = cut.process(doc);
    assertThat(o.dropped()).isFalse();
    assertThat(o.text()).isEqualTo("Before the puzzle. ? After the puzzle.");
    assertThat(o.cuts()).isEqualTo(1);
    Decontaminator.Outcome all = cut.process(JOSH);
    assertThat(all.dropped()).isTrue();
    assertThat(all.detail()).endsWith("; nothing left after cutting");
  }

  @Test
  void itemsShorterThanNAreNotIndexedAndCounted() {
    java.util.Map<String, java.util.Map<String, Long>> b = cast(DEFAULT_INDEX.describe().get("benchmarks"));
    assertThat(b.get("gsm8k")).containsEntry("items", 20L).containsEntry("indexed_items", 20L);
    assertThat(b.get("quiz")).containsEntry("items", 7L).containsEntry("indexed_items", 7L);
    Recipe longN = recipe("  ngram_zh: 60\n");
    java.util.Map<String, java.util.Map<String, Long>> b2 = cast(index(longN).describe().get("benchmarks"));
    assertThat(b2.get("quiz").get("indexed_items")).isLessThan(7L);
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object o) {
    return (T) o;
  }
}
