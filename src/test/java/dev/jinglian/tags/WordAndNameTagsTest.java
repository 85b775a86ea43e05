package dev.jinglian.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import dev.jinglian.tag.WordSegmenter;
import org.junit.jupiter.api.Test;

class WordAndNameTagsTest {
  private static DocumentAnalysis doc(String text, WordSegmenter.Mode mode) {
    return new DocumentAnalysis("t", text, WordSegmenter.of(mode));
  }

  private static Signals words(String text) {
    Signals s = new Signals();
    new WordTags(new WordTags.Params(null, null)).measure(doc(text, WordSegmenter.Mode.FAST), s);
    return s;
  }

  @Test
  void chineseStopwordsAndWordLength() {
    DocumentAnalysis d = doc("我们的数据", WordSegmenter.Mode.FAST);
    assertThat(d.words()).containsExactly("我们", "的", "数据");
    Signals s = words("我们的数据");
    assertThat(s.get(WordTags.MEAN_WORD_LENGTH)).isEqualTo(5.0 / 3);
    assertThat(s.get(WordTags.STOPWORD_RATIO)).isEqualTo(2.0 / 3);
    assertThat(s.get(WordTags.OOV_RATIO)).isZero();
  }

  @Test
  void englishStopwordsAndNoOovWithoutChinese() {
    Signals s = words("the data is clean");
    assertThat(s.get(WordTags.STOPWORD_RATIO)).isGreaterThanOrEqualTo(0.5);
    assertThat(s.get(WordTags.MEAN_WORD_LENGTH)).isEqualTo(14.0 / 4);
    assertThat(s.has(WordTags.OOV_RATIO)).isFalse();
    assertThat(words("，。！").has(WordTags.MEAN_WORD_LENGTH)).isFalse();
  }

  @Test
  void outOfVocabularyChineseWordsAreCounted() {
    Signals s = words("数据嵙琞");
    assertThat(s.get(WordTags.OOV_RATIO)).isGreaterThan(0).isLessThan(1);
  }

  @Test
  void namesOnlyWithTheStandardSegmenter() {
    String text = "张伟在北京大学工作，他常去上海。";
    Signals standard = new Signals();
    new NameTags().measure(doc(text, WordSegmenter.Mode.STANDARD), standard);
    assertThat(standard.get(NameTags.PERSON_NAMES)).isGreaterThanOrEqualTo(1);
    assertThat(standard.get(NameTags.PLACE_NAMES) + standard.get(NameTags.ORGANIZATION_NAMES))
        .isGreaterThanOrEqualTo(1);
    Signals fast = new Signals();
    new NameTags().measure(doc(text, WordSegmenter.Mode.FAST), fast);
    assertThat(fast.has(NameTags.PERSON_NAMES)).isFalse();
  }
}
