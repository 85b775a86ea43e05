package dev.jinglian.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class PunctuationTest {
  @Test
  void sentenceEndsInEnglishAndChineseBeforeAndAfterNfkc() {
    for (String line : new String[] {"It ends.", "Does it?", "Yes!", "He said \"yes.\"", "我们走了。", "真的吗？",
        "好！", "他说：「走吧。」"}) {
      assertThat(Punctuation.endsSentence(line, true)).as(line).isTrue();
      assertThat(Punctuation.endsSentence(Normalizer.normalize(line, Normalizer.Form.NFKC), true)).as(line).isTrue();
    }
    assertThat(Punctuation.endsSentence("床前明月光，", true)).isFalse();
    assertThat(Punctuation.endsSentence("No mark here", false)).isFalse();
    // an ellipsis or a closing bracket ends a Chinese sentence, not an English one
    assertThat(Punctuation.endsSentence("他沉默了……", true)).isTrue();
    assertThat(Punctuation.endsSentence("（完）", true)).isTrue();
    assertThat(Punctuation.endsSentence("see the manual (section 2)", false)).isFalse();
  }

  @Test
  void linesOfProseAndVerseEndInPunctuationPausesIncluded() {
    assertThat(Punctuation.endsInChinesePunctuation("床前明月光，")).isTrue();
    assertThat(Punctuation.endsInChinesePunctuation("床前明月光,")).isTrue();
    assertThat(Punctuation.endsInChinesePunctuation("首页")).isFalse();
  }

  @Test
  void eachRunOfDotsIsOneEllipsis() {
    assertThat(Punctuation.ellipses("wait... what…… and......")).isEqualTo(3);
    assertThat(Punctuation.ellipses("one. two.")).isZero();
  }
}
