package dev.jinglian.quality;

import static dev.jinglian.quality.Docs.assertKept;
import static dev.jinglian.quality.Docs.assertRejected;
import static dev.jinglian.quality.Docs.doc;
import static dev.jinglian.quality.Docs.join;
import static dev.jinglian.quality.Docs.run;
import static dev.jinglian.quality.Docs.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GopherQualityFilterTest {
  private static final GopherQualityFilter DEFAULTS = new GopherQualityFilter(
      Docs.params(GopherQualityFilter.Params.class, Map.of()));

  private static GopherQualityFilter with(Map<String, Object> params) {
    return new GopherQualityFilter(Docs.params(GopherQualityFilter.Params.class, params));
  }

  /** {@code n} words of English: two stop words and n - 2 five-letter content words. */
  private static String english(int n) {
    List<String> w = new ArrayList<>(words(n - 2, 5));
    w.add(1, "the");
    w.add(3, "and");
    return join(w);
  }

  @Test
  void englishNeedsFiftyWords() {
    assertKept(run(DEFAULTS, doc(english(50), "en")));
    assertRejected(run(DEFAULTS, doc(english(49), "en")), "gopher_quality/too_few_words", "49 < 50");
    assertRejected(run(with(Map.of("max_words", 50)), doc(english(51), "en")), "gopher_quality/too_many_words",
        "51 > 50");
  }

  @Test
  void chineseHasNoWordMinimumUnlessTheRecipeSetsOne() {
    String three = "我们喜欢读书。";
    assertKept(run(DEFAULTS, doc(three, "zh-Hans")));
    assertThat(Docs.skipped(DEFAULTS, doc(three, "zh-Hans")))
        .containsExactly("min_words", "mean_word_length", "stop_words");
    assertKept(run(with(Map.of("cjk_min_words", 3)), doc(three, "zh-Hans")));
    assertRejected(run(with(Map.of("cjk_min_words", 4)), doc(three, "zh-Hans")), "gopher_quality/too_few_words",
        "3 < 4");
  }

  @Test
  void meanWordLengthBoundsApplyToSpacedLanguagesOnly() {
    List<String> three = new ArrayList<>(words(48, 3));
    three.addAll(List.of("the", "and"));
    assertKept(run(DEFAULTS, doc(join(three), "en")));
    three.set(0, "qa");
    assertRejected(run(DEFAULTS, doc(join(three), "en")), "gopher_quality/mean_word_length_low", "2.9800 < 3");
    GopherQualityFilter noStopWords = with(Map.of("min_stop_words", 0));
    List<String> exactlyTen = new ArrayList<>(words(50, 10));
    assertKept(run(noStopWords, doc(join(exactlyTen), "en")));
    exactlyTen.set(0, "qabcdefghij");
    assertRejected(run(noStopWords, doc(join(exactlyTen), "en")), "gopher_quality/mean_word_length_high",
        "10.0200 > 10");
    // Chinese words are one to four characters by construction: the rule is skipped, not failed
    String chinese = Docs.chineseWords(60);
    assertThat(Docs.signals(DEFAULTS, doc(chinese, "zh-Hans")).has(GopherQualityFilter.MEAN_WORD_LENGTH)).isFalse();
    assertKept(run(DEFAULTS, doc(chinese + "的了", "zh-Hans")));
  }

  @Test
  void hashesAndEllipsesPerWord() {
    String fifty = english(50);
    assertKept(run(DEFAULTS, doc("#".repeat(5) + " " + fifty, "en")));
    assertRejected(run(DEFAULTS, doc("#".repeat(6) + " " + fifty, "en")), "gopher_quality/too_many_hashes",
        "0.1200 > 0.1000");
    assertKept(run(DEFAULTS, doc("... ".repeat(5) + fifty, "en")));
    assertRejected(run(DEFAULTS, doc("... ".repeat(6) + fifty, "en")), "gopher_quality/too_many_ellipses",
        "0.1200 > 0.1000");
    // Chinese: 20 HanLP words; the ellipsis "……" counts once however many dots it has
    String zh = Docs.chineseWords(20);
    assertKept(run(DEFAULTS, doc(zh + "……读书……读书", "zh-Hans")));
    assertRejected(run(DEFAULTS, doc(zh + "……读书……读书……", "zh-Hans")), "gopher_quality/too_many_ellipses",
        "0.1364 > 0.1000");
  }

  @Test
  void bulletAndEllipsisLines() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      lines.add(english(6).replace(' ', ' ') + (i == 0 ? "" : " q" + i));
    }
    assertKept(run(with(Map.of("min_words", 0)), doc(bullets(lines, 9), "en")));
    assertRejected(run(with(Map.of("min_words", 0)), doc(bullets(lines, 10), "en")), "gopher_quality/bullet_lines",
        "1 > 0.9000");
    assertKept(run(with(Map.of("min_words", 0)), doc(ellipses(lines, 3, "..."), "en")));
    assertRejected(run(with(Map.of("min_words", 0, "max_symbol_word_ratio", 1.0)),
        doc(ellipses(lines, 4, "..."), "en")), "gopher_quality/ellipsis_lines", "0.4000 > 0.3000");

    List<String> zh = Collections.nCopies(10, "我们喜欢读书");
    assertKept(run(DEFAULTS, doc(bullets(zh, 9), "zh-Hans")));
    assertRejected(run(DEFAULTS, doc(bullets(zh, 10), "zh-Hans")), "gopher_quality/bullet_lines", "1 > 0.9000");
    assertKept(run(DEFAULTS, doc(ellipses(zh, 3, "……"), "zh-Hans")));
    assertRejected(run(with(Map.of("max_symbol_word_ratio", 1.0)), doc(ellipses(zh, 4, "……"), "zh-Hans")),
        "gopher_quality/ellipsis_lines", "0.4000 > 0.3000");
  }

  private static String bullets(List<String> lines, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      out.add((i < n ? "• " : "") + lines.get(i));
    }
    return String.join("\n", out);
  }

  private static String ellipses(List<String> lines, int n, String ellipsis) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      out.add(lines.get(i) + (i < n ? ellipsis : ""));
    }
    return String.join("\n", out);
  }

  @Test
  void eightyPercentOfWordsNeedALetter() {
    List<String> w = new ArrayList<>(List.of(english(40).split(" ")));
    for (int i = 0; i < 10; i++) {
      w.add(String.valueOf(1000 + i));
    }
    assertKept(run(DEFAULTS, doc(join(w), "en")));
    w.set(2, "2024");
    assertRejected(run(DEFAULTS, doc(join(w), "en")), "gopher_quality/non_alpha_words", "0.7800 < 0.8000");
  }

  @Test
  void stopWordsOfTheDocumentsOwnLanguage() {
    List<String> w = new ArrayList<>(words(49, 5));
    w.add("the");
    assertRejected(run(DEFAULTS, doc(join(w), "en")), "gopher_quality/too_few_stop_words", "1 < 2");
    w.set(0, "with");
    assertKept(run(DEFAULTS, doc(join(w), "en")));
    // German is judged by German function words, not by English ones
    List<String> de = new ArrayList<>(words(48, 5));
    de.addAll(List.of("und", "der"));
    assertKept(run(DEFAULTS, doc(join(de), "de")));
    assertRejected(run(DEFAULTS, doc(join(de), "en")), "gopher_quality/too_few_stop_words", "0 < 2");
    // Chinese: HanLP's Chinese stop words, counted on documents of at least 50 words
    String zh = "电脑，音乐，学习，".repeat(17) + "的";
    assertThat(doc(zh, "zh-Hans").words()).hasSize(52);
    assertRejected(run(DEFAULTS, doc(zh, "zh-Hans")), "gopher_quality/too_few_stop_words", "1 < 2");
    assertKept(run(DEFAULTS, doc(zh + "了", "zh-Hans")));
    // a language without a list skips the rule (and says so) rather than failing every document
    assertKept(run(DEFAULTS, doc(join(words(60, 5)), "sv")));
    assertThat(Docs.skipped(DEFAULTS, doc(join(words(60, 5)), "sv"))).containsExactly("stop_words");
  }

  @Test
  void invalidThresholdsNameTheKey() {
    assertThatThrownBy(() -> with(Map.of("min_words", 10, "max_words", 5)))
        .hasMessageContaining("gopher_quality: min_words (10.0) must not exceed max_words (5.0)");
    assertThatThrownBy(() -> with(Map.of("min_alpha_words_ratio", 1.5)))
        .hasMessageContaining("gopher_quality: min_alpha_words_ratio must be in [0, 1], got 1.5");
  }
}
