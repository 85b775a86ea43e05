package dev.jinglian.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShinglerTest {
  private final Shingler shingler = new Shingler(5, 5);

  @Test
  void chineseIsShingledInCharacterFiveGrams() {
    assertThat(shingler.shingles("一二三四五六")).hasSize(2);
    assertThat(shingler.shingles("一二三四五六七八九十")).hasSize(6);
  }

  @Test
  void englishIsShingledInWordFiveGrams() {
    assertThat(shingler.shingles("The quick brown fox jumps over")).hasSize(2);
    assertThat(shingler.shingles("one two three four five six seven eight nine ten")).hasSize(6);
  }

  @Test
  void punctuationWhitespaceAndCaseDoNotChangeShingles() {
    assertThat(shingler.shingles("一二三，四五\n六。")).containsExactly(shingler.shingles("一二三四五六"));
    assertThat(shingler.shingles("The QUICK, brown fox -- jumps\nover!"))
        .containsExactly(shingler.shingles("the quick brown fox jumps over"));
  }

  @Test
  void wordOrderAndCharacterOrderMatter() {
    assertThat(shingler.shingles("六五四三二一")).doesNotContain(shingler.shingles("一二三四五六"));
    assertThat(shingler.shingles("over jumps fox brown quick")).doesNotContain(
        shingler.shingles("quick brown fox jumps over"));
  }

  @Test
  void shortDocumentsGetOneShingleAndEmptyOnesNone() {
    assertThat(shingler.shingles("你好")).hasSize(1);
    assertThat(shingler.shingles("hello world")).hasSize(1);
    assertThat(shingler.shingles("hello world")).doesNotContain(shingler.shingles("hello")[0]);
    assertThat(shingler.shingles("…… !!! ---")).isEmpty();
    assertThat(shingler.shingles("")).isEmpty();
  }

  @Test
  void traditionalAndSimplifiedChineseShingleAlike() {
    assertThat(shingler.shingles("計算機程序設計藝術")).containsExactly(shingler.shingles("计算机程序设计艺术"));
    assertThat(SimplifiedForm.hasTraditional("计算机程序设计艺术")).isFalse();
    assertThat(SimplifiedForm.hasTraditional("計算機")).isTrue();
  }

  @Test
  void mostlyChineseTextWithEnglishWordsUsesCharacterGramsWithWordsAsUnits() {
    // 6 Han characters + 2 English words = 8 units, Han majority: 5-unit shingles → 4
    assertThat(shingler.shingles("使用 git commit 提交代码")).hasSize(4);
    // English majority: 5 words + 2 Han characters = 7 units → word 5-grams → 3
    assertThat(shingler.shingles("use git commit to save 代码")).hasSize(3);
  }

  @Test
  void ngramSizesAreConfigurable() {
    Shingler threes = new Shingler(3, 2);
    assertThat(threes.shingles("一二三四五六")).hasSize(4);
    assertThat(threes.shingles("one two three four")).hasSize(3);
    assertThatThrownBy(() -> new Shingler(0, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
  }

  @Test
  void jaccardOfDistinctSets() {
    long[] a = Shingler.distinct(new long[] {5, 1, 3, 3, 1});
    long[] b = Shingler.distinct(new long[] {3, 5, 7});
    assertThat(a).containsExactly(1, 3, 5);
    assertThat(Shingler.jaccard(a, b)).isEqualTo(0.5);
    assertThat(Shingler.jaccard(a, a)).isEqualTo(1.0);
    assertThat(Shingler.jaccard(a, new long[] {9})).isEqualTo(0.0);
  }
}
