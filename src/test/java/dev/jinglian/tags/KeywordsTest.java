package dev.jinglian.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jinglian.doc.Columns;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import dev.jinglian.tag.WordSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TextRank keywords from the shared segmentation, in Chinese and English. */
class KeywordsTest {
  private static final String ZH = """
      数据清洗是训练语言模型之前最重要的步骤之一。清洗流程先对文本做规范化，再用过滤规则删除低质量的网页文本，\
      然后对文本去重。去重可以删除重复的网页，过滤规则可以删除广告和乱码。经过清洗的数据质量更高，\
      用这些数据训练的语言模型效果也更好。""";
  private static final String EN = """
      Deduplication removes near-duplicate documents from a training corpus. The corpus is split into shingles, \
      each document gets a MinHash signature, and documents whose signatures collide in several bands are \
      compared. Deduplication of the corpus keeps one document of each cluster, so the training corpus holds \
      fewer repeated documents and the model memorizes less.""";

  private static List<String> keywords(String text, int k, WordSegmenter.Mode mode) {
    Signals s = new Signals();
    new WordTags(new WordTags.Params(null, k)).measure(new DocumentAnalysis("t", text, WordSegmenter.of(mode)), s);
    return s.lists().get(Columns.KEYWORDS);
  }

  @Test
  void chineseParagraphGivesItsContentNouns() {
    List<String> kw = keywords(ZH, 5, WordSegmenter.Mode.FAST);
    assertThat(kw).hasSize(5).contains("数据", "文本").containsAnyOf("清洗", "网页", "规则", "模型");
    assertThat(kw).allSatisfy(w -> {
      assertThat(w.codePointCount(0, w.length())).isGreaterThanOrEqualTo(2);
      assertThat(w).doesNotContainPattern("[\\p{P}\\p{S}\\d]");
      assertThat(WordTags.isStopword(w)).as("stopword %s", w).isFalse();
    });
    assertThat(kw).doesNotContain("可以", "然后", "之前", "这些", "之一", "最重要");
    assertThat(keywords(ZH, 5, WordSegmenter.Mode.STANDARD)).contains("数据", "文本");
  }

  @Test
  void englishParagraphGivesLowerCasedContentWordsWithoutStopwords() {
    List<String> kw = keywords(EN, 5, WordSegmenter.Mode.FAST);
    assertThat(kw).hasSize(5).contains("corpus", "documents", "deduplication");
    assertThat(kw).allSatisfy(w -> assertThat(w).isLowerCase().doesNotContainPattern("[\\p{P}\\p{S}\\d]"));
    assertThat(kw).doesNotContain("the", "of", "each", "so", "into", "whose", "and", "a");
  }

  @Test
  void kLimitsTheListAndTheBestComeFirst() {
    List<String> three = keywords(EN, 3, WordSegmenter.Mode.FAST);
    List<String> ten = keywords(EN, 10, WordSegmenter.Mode.FAST);
    assertThat(three).hasSize(3);
    assertThat(ten.subList(0, 3)).isEqualTo(three);
    assertThat(ten).doesNotHaveDuplicates();
  }

  @Test
  void digitsPunctuationAndSymbolsAreNeverKeywords() {
    List<String> kw = keywords("版本 2024 发布：服务器 v3.2 #内核 服务器 3.14 内核 ¥100 服务器 配置 内核 配置 2024年", 10,
        WordSegmenter.Mode.FAST);
    assertThat(kw).contains("服务器", "内核", "配置");
    assertThat(kw).noneMatch(w -> w.matches(".*[\\d#¥：:.].*"));
  }

  @Test
  void emptyAndVeryShortDocumentsGiveAnEmptyList() {
    assertThat(keywords("你好。", 5, WordSegmenter.Mode.FAST)).isEmpty();
    assertThat(keywords("Hello!", 5, WordSegmenter.Mode.FAST)).isEmpty();
    assertThat(keywords("，。！？……", 5, WordSegmenter.Mode.FAST)).isEmpty();
    assertThat(keywords("the of and 的 了 是", 5, WordSegmenter.Mode.FAST)).isEmpty();
    assertThat(keywords("12345 67890", 5, WordSegmenter.Mode.FAST)).isEmpty();
  }

  @Test
  void sameTextSameKeywordsAndTiesBrokenByWord() {
    assertThat(keywords(ZH, 8, WordSegmenter.Mode.FAST)).isEqualTo(keywords(ZH, 8, WordSegmenter.Mode.FAST));
    // a symmetric two-word graph: equal scores, so alphabetical order decides
    assertThat(keywords("zebra apple", 5, WordSegmenter.Mode.FAST)).containsExactly("apple", "zebra");
  }

  @Test
  void zeroTurnsTheColumnOffAndBadValuesAreRejected() {
    WordTags off = new WordTags(new WordTags.Params(null, 0));
    assertThat(off.listNames()).isEmpty();
    Signals s = new Signals();
    off.measure(new DocumentAnalysis("t", EN, WordSegmenter.of(WordSegmenter.Mode.FAST)), s);
    assertThat(s.lists()).isEmpty();
    assertThat(new WordTags(new WordTags.Params(null, null)).listNames()).containsExactly(Columns.KEYWORDS);
    assertThat(new WordTags.Params(null, null).keywords()).isEqualTo(5);
    assertThatThrownBy(() -> new WordTags.Params(null, -1)).hasMessageContaining("word_tags: keywords");
    assertThatThrownBy(() -> new WordTags.Params(null, 101)).hasMessageContaining("[0, 100]");
  }

  @Test
  void onlyTheFirstWordsCount() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < TextRank.MAX_WORDS / 2; i++) {
      text.append("alpha beta ");
    }
    for (int i = 0; i < TextRank.MAX_WORDS; i++) {
      text.append("gamma delta ");
    }
    assertThat(keywords(text.toString(), 5, WordSegmenter.Mode.FAST)).containsExactly("alpha", "beta");
  }
}
