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
  void fastModeHandsSpansWhereTheMatchingDirectionsDisagreeToViterbi() {
    // forward matching gives 研究生/命, backward 研究/生命: the span goes to Viterbi
    assertThat(words(Mode.FAST, "研究生命起源")).isEqualTo(words(Mode.VITERBI, "研究生命起源"))
        .containsExactly("研究", "生命", "起源");
    // forward 的确/实在/理, backward 的/确实/在理
    assertThat(words(Mode.FAST, "他说的确实在理")).isEqualTo(words(Mode.VITERBI, "他说的确实在理"));
    // both directions agree on the long dictionary word
    assertThat(words(Mode.FAST, "中华人民共和国成立了")).containsExactly("中华人民共和国", "成立", "了");
  }

  @Test
  void fastModeCoversEveryCharacterOfAnyHanOrKanaRunExactlyOnce() {
    java.util.Random random = new java.util.Random(7);
    String alphabet = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说"
        + "产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本"
        + "去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质"
        + "あいうえおかきくけこアイウエオ々〇龘𠀀";
    for (int round = 0; round < 2_000; round++) {
      StringBuilder run = new StringBuilder();
      int length = 1 + random.nextInt(40);
      while (run.length() < length) {
        run.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(
            alphabet.codePointCount(0, alphabet.length())))));
      }
      String text = run.toString();
      List<Token> tokens = WordSegmenter.of(Mode.FAST).segment(text);
      StringBuilder joined = new StringBuilder();
      for (Token t : tokens) {
        assertThat(t.offset()).isEqualTo(joined.length());
        assertThat(t.text()).isNotEmpty();
        assertThat(Character.isLowSurrogate(t.text().charAt(0))).as("token splits a surrogate pair").isFalse();
        joined.append(t.text());
      }
      assertThat(joined.toString()).isEqualTo(text);
    }
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

  @Test
  void countingWordsGivesTheNumberOfWordTokensInEveryMode() {
    String[] texts = {"", "中", "商品和服务。研究生命起源！", "Don't re-run 3.14, 1,000 USD.", "使用Python编程，很有趣!",
        "日本語のテキストと中文混在 mixed 𠀀𠀁 text\n第二行", "  ...  ", "王小明在北京大学读书"};
    for (Mode mode : Mode.values()) {
      WordSegmenter segmenter = WordSegmenter.of(mode);
      for (String text : texts) {
        assertThat(segmenter.countWords(text)).as("%s: %s", mode, text)
            .isEqualTo(segmenter.segment(text).stream().filter(Token::isWord).count());
      }
    }
  }
}
