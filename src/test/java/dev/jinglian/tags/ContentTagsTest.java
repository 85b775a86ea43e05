package dev.jinglian.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import dev.jinglian.tag.WordSegmenter;
import org.junit.jupiter.api.Test;

class ContentTagsTest {
  private static Signals measure(String text) {
    Signals s = new Signals();
    new ContentTags().measure(new DocumentAnalysis("t", text, WordSegmenter.of(WordSegmenter.Mode.FAST)), s);
    return s;
  }

  @Test
  void codeLinesInEnglishAndChineseDocuments() {
    assertThat(ContentTags.isCode("int main(void) {")).isTrue();
    assertThat(ContentTags.isCode("$ sudo apt-get install vim")).isTrue();
    assertThat(ContentTags.isCode("x = foo(a[1], b) * 2")).isTrue();
    assertThat(ContentTags.isCode("The quick brown fox jumps over the lazy dog.")).isFalse();
    assertThat(ContentTags.isCode("使用 apt-get 命令安装软件包；")).isFalse();
    Signals s = measure("安装方法如下：\n$ sudo apt-get install vim\nexport PATH=$PATH:/opt/bin;\n");
    assertThat(s.get(ContentTags.CODE_LINE_SHARE)).isEqualTo(2.0 / 3);
  }

  @Test
  void codeSymbolDensityBoundary() {
    // 8 non-space characters, 1 symbol: 12.5 % >= 12 % reads as code; 9 characters with 1 symbol (11.1 %) does not
    assertThat(ContentTags.isCode("abcdefg=")).isTrue();
    assertThat(ContentTags.isCode("abcdefgh=")).isFalse();
  }

  @Test
  void listAndTableRowsInBothLanguages() {
    assertThat(ContentTags.isListOrTableRow("- first item")).isTrue();
    assertThat(ContentTags.isListOrTableRow("• 第一项")).isTrue();
    assertThat(ContentTags.isListOrTableRow("1. Install the package")).isTrue();
    assertThat(ContentTags.isListOrTableRow("一、总则")).isTrue();
    assertThat(ContentTags.isListOrTableRow("（二）适用范围")).isTrue();
    assertThat(ContentTags.isListOrTableRow("名称\t版本\t大小")).isTrue();
    assertThat(ContentTags.isListOrTableRow("| a | b | c |")).isTrue();
    assertThat(ContentTags.isListOrTableRow("3.14 is close to pi")).isFalse();
    assertThat(ContentTags.isListOrTableRow("这是一个普通的句子。")).isFalse();
    assertThat(ContentTags.isListOrTableRow("-flag without a space")).isFalse();
  }

  @Test
  void boilerplateLinesInBothLanguages() {
    assertThat(ContentTags.isBoilerplate("Copyright 2024 Example Inc. All rights reserved.")).isTrue();
    assertThat(ContentTags.isBoilerplate("版权所有 © 2024 某某公司")).isTrue();
    assertThat(ContentTags.isBoilerplate("京ICP备12345678号")).isTrue();
    assertThat(ContentTags.isBoilerplate("上一页 | 下一页 | 返回顶部")).isTrue();
    assertThat(ContentTags.isBoilerplate("今天我们讨论数据清洗的方法。")).isFalse();
    Signals s = measure("正文第一段。\n\n正文第二段。\n版权所有\n");
    assertThat(s.get(ContentTags.BOILERPLATE_LINE_SHARE)).isEqualTo(1.0 / 3);
  }

  @Test
  void proseScoresZeroAndBlankDocumentsAreNotMeasured() {
    Signals s = measure("数据清洗是训练语言模型的重要步骤。\nData cleaning matters for language models.");
    assertThat(s.get(ContentTags.CODE_LINE_SHARE)).isZero();
    assertThat(s.get(ContentTags.LIST_LINE_SHARE)).isZero();
    assertThat(s.get(ContentTags.BOILERPLATE_LINE_SHARE)).isZero();
    assertThat(measure("\n  \n").has(ContentTags.CODE_LINE_SHARE)).isFalse();
  }
}
