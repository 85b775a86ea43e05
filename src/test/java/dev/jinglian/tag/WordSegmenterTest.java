package dev.jinglian.tag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.tag.WordSegmenter.Mode;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordSegmenterTest {
  private static List<String> words(Mode mode, String text) {
    return WordSegmenter.of(mode).segment(text).stream().filter(Token::isWord).map(Token::text).toList();
  }

  @Test
  void fastModeResolvesClassicChineseAmbiguities() {
    assertThat(words(Mode.FAST, "商品和服务")).containsExactly("商品", "和", "服务");
    assertThat(words(Mode.FAST, "结婚的和尚未结婚的")).containsExactly("结婚", "的", "和", "尚未", "结婚", "的");
    assertThat(words(Mode.FAST, "系统的基本功能")).containsExactly("系统", "的", "基本", "功能");
  }

  @Test
  void spaceDelimitedTextIsSplitIntoWholeWords() {
    assertThat(words(Mode.FAST, "Don't re-run version 3.14 of e-mail, it costs 1,000 USD."))
        .containsExactly("Don't", "re-run", "version", "3.14", "of", "e-mail", "it", "costs", "1,000", "USD");
    assertThat(words(Mode.FAST, "Привет, мир")).containsExactly("Привет", "мир");
  }

  @Test
  void mixedTextKeepsOffsetsAndKindsOfEveryToken() {
    String text = "使用Python编程，很有趣!";
    List<Token> tokens = WordSegmenter.of(Mode.FAST).segment(text);
    assertThat(tokens).extracting(Token::text).containsExactly("使用", "Python", "编程", "，", "很", "有趣", "!");
    for (Token t : tokens) {
      assertThat(text.substring(t.offset(), t.offset() + t.text().length())).isEqualTo(t.text());
    }
    assertThat(tokens.get(3).kind()).isEqualTo(Token.Kind.PUNCTUATION);
  }

  @Test
  void standardModeRecognizesPersonNames() {
    List<Token> tokens = WordSegmenter.of(Mode.STANDARD).segment("王小明在北京大学读书");
    assertThat(tokens).extracting(Token::text).contains("王小明");
    assertThat(tokens.stream().filter(t -> t.text().equals("王小明")).findFirst().orElseThrow().nature())
        .isEqualTo("nr");
  }
}
