package dev.jinglian.tags;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import dev.jinglian.tag.WordSegmenter;
import dev.jinglian.testing.SampleTexts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegisterTagsTest {
  private static final WordSegmenter SEG = WordSegmenter.of(WordSegmenter.Mode.FAST);
  private final RegisterTags tags = new RegisterTags();

  private Signals measure(String text) {
    Signals s = new Signals();
    tags.measure(new DocumentAnalysis("test", text, SEG), s);
    return s;
  }

  private boolean readsModern(String text) {
    return measure(text).get(RegisterTags.MODERN_SCORE) >= RegisterTags.MODERN_THRESHOLD;
  }

  @Test
  void classicalVersusModernSeparatesPoetryFromModernProseOnRealText() {
    int total = 0;
    int right = 0;
    int classical = 0;
    for (JsonNode d : SampleTexts.read("zh/poetry.jsonl")) {
      String text = d.get("text").asText();
      if (text.codePointCount(0, text.length()) >= 100) {
        total++;
        classical++;
        right += readsModern(text) ? 0 : 1;
      }
    }
    for (JsonNode d : SampleTexts.read("zh/debian-reference.jsonl")) {
      String text = d.get("text").asText();
      if (text.codePointCount(0, text.length()) >= 100) {
        total++;
        right += readsModern(text) ? 1 : 0;
      }
    }
    for (JsonNode d : SampleTexts.read("zh/manpages.jsonl.gz")) {
      String text = d.get("content").asText();
      if (text.codePointCount(0, text.length()) >= 100) {
        total++;
        right += readsModern(text) ? 1 : 0;
      }
    }
    assertThat(classical).isGreaterThan(500);
    assertThat(total - classical).isGreaterThan(500);
    assertThat((double) right / total).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void modernScoreBoundaryOnShortSentences() {
    assertThat(readsModern("这是我们在北京的第一天，天气很好，大家都很开心。")).isTrue();
    assertThat(readsModern("学而时习之，不亦说乎？有朋自远方来，不亦乐乎？")).isFalse();
  }

  @Test
  void traditionalShareIsRightOnPairedManPages() {
    Map<String, String> simplified = new HashMap<>();
    for (JsonNode d : SampleTexts.read("zh/manpages.jsonl.gz")) {
      simplified.put(d.get("doc_id").asText(), d.get("content").asText());
    }
    int pairs = 0;
    int right = 0;
    for (JsonNode d : SampleTexts.read("zh-hant/manpages.jsonl.gz")) {
      String cn = simplified.get(d.get("doc_id").asText().replace("/zh_TW/", "/zh_CN/"));
      if (cn == null) {
        continue;
      }
      pairs++;
      double hant = measure(d.get("content").asText()).get(RegisterTags.TRADITIONAL_SHARE);
      double hans = measure(cn).get(RegisterTags.TRADITIONAL_SHARE);
      if (hant >= RegisterTags.TRADITIONAL_THRESHOLD && hans < RegisterTags.TRADITIONAL_THRESHOLD) {
        right++;
      }
    }
    assertThat(pairs).isEqualTo(120);
    assertThat(right).isEqualTo(pairs);
  }

  @Test
  void traditionalShareCountsChangedHanCharacters() {
    assertThat(measure("這個人很好").get(RegisterTags.TRADITIONAL_SHARE)).isEqualTo(0.4);
    assertThat(measure("这个软件").get(RegisterTags.TRADITIONAL_SHARE)).isZero();
    assertThat(measure("plain English text").has(RegisterTags.TRADITIONAL_SHARE)).isFalse();
  }

  @Test
  void verseLinesAreShortBalancedClauses() {
    assertThat(RegisterTags.isVerseLine("秦川雄帝宅，函谷壯皇居。")).isTrue();
    assertThat(RegisterTags.isVerseLine("春花秋月何時了，往事知多少。")).isTrue();
    assertThat(RegisterTags.isVerseLine("床前明月光")).isFalse();
    assertThat(RegisterTags.isVerseLine("使用 ls 命令，列出目录。")).isFalse();
    assertThat(RegisterTags.isVerseLine("这是一个很长的现代汉语句子，里面有很多很多的字。")).isFalse();
    Signals poem = measure("帝京篇\n秦川雄帝宅，函谷壯皇居。\n綺殿千尋起，離宮百雉餘。\n");
    assertThat(poem.get(RegisterTags.VERSE_LINE_SHARE)).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void everyColumnIsNullWithoutHan() {
    Signals s = measure("Only English here; nothing to measure.");
    assertThat(List.of(RegisterTags.TRADITIONAL_SHARE, RegisterTags.MODERN_SCORE, RegisterTags.VERSE_LINE_SHARE))
        .noneMatch(s::has);
  }
}
