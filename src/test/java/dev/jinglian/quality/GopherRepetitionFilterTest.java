package dev.jinglian.quality;

import static dev.jinglian.quality.Docs.assertKept;
import static dev.jinglian.quality.Docs.assertRejected;
import static dev.jinglian.quality.Docs.doc;
import static dev.jinglian.quality.Docs.han;
import static dev.jinglian.quality.Docs.join;
import static dev.jinglian.quality.Docs.run;
import static dev.jinglian.quality.Docs.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GopherRepetitionFilterTest {
  private static final List<Double> NO_TOP = List.of(1.0, 1.0, 1.0);
  private static final List<Double> NO_DUP = List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0);

  private static GopherRepetitionFilter with(Map<String, Object> params) {
    return new GopherRepetitionFilter(Docs.params(GopherRepetitionFilter.Params.class, params));
  }

  /** Only the named rules active: every other threshold at 1 (nothing can exceed it). */
  private static GopherRepetitionFilter only(Map<String, Object> active) {
    Map<String, Object> p = new HashMap<>(Map.of("max_dup_line_ratio", 1.0, "max_dup_paragraph_ratio", 1.0,
        "max_dup_line_char_ratio", 1.0, "max_dup_paragraph_char_ratio", 1.0, "max_top_ngram_ratios", NO_TOP,
        "max_dup_ngram_ratios", NO_DUP));
    p.putAll(active);
    return with(p);
  }

  /** Ten distinct lines of ten letters each, the last {@code dups} of them copies of the first. */
  private static List<String> lines(int dups) {
    List<String> distinct = words(10, 10);
    List<String> out = new ArrayList<>(distinct.subList(0, 10 - dups));
    for (int i = 0; i < dups; i++) {
      out.add(distinct.get(0));
    }
    return out;
  }

  @Test
  void duplicateLinesAndTheirCharacters() {
    GopherRepetitionFilter lineRule = only(Map.of("max_dup_line_ratio", 0.3));
    assertKept(run(lineRule, doc(String.join("\n", lines(3)), "en")));
    assertRejected(run(lineRule, doc(String.join("\n", lines(4)), "en")), "gopher_repetition/dup_lines",
        "0.4000 > 0.3000");
    GopherRepetitionFilter charRule = only(Map.of("max_dup_line_char_ratio", 0.2));
    assertKept(run(charRule, doc(String.join("\n", lines(2)), "en")));
    assertRejected(run(charRule, doc(String.join("\n", lines(3)), "en")), "gopher_repetition/dup_line_chars",
        "0.3000 > 0.2000");
    // blank lines are not lines: spacing paragraphs apart does not make a document "repetitive"
    assertKept(run(lineRule, doc(String.join("\n\n\n", words(10, 10)), "en")));
  }

  @Test
  void duplicateParagraphsAndTheirCharacters() {
    GopherRepetitionFilter paraRule = only(Map.of("max_dup_paragraph_ratio", 0.3));
    assertKept(run(paraRule, doc(String.join("\n\n", lines(3)), "en")));
    assertRejected(run(paraRule, doc(String.join("\n\n", lines(4)), "en")), "gopher_repetition/dup_paragraphs",
        "0.4000 > 0.3000");
    GopherRepetitionFilter charRule = only(Map.of("max_dup_paragraph_char_ratio", 0.2));
    assertKept(run(charRule, doc(String.join("\n\n", lines(2)), "zh-Hans")));
    assertRejected(run(charRule, doc(String.join("\n\n", lines(3)), "zh-Hans")),
        "gopher_repetition/dup_paragraph_chars", "0.3000 > 0.2000");
  }

  /** 100 four-letter words: distinct fillers with the bigram "abcd efgh" at every tenth position, r times. */
  private static String englishWithBigram(int r) {
    List<String> fill = words(100, 4);
    List<String> out = new ArrayList<>();
    int f = 0;
    for (int i = 0; i < 100; ) {
      if (r > 0 && i % 9 == 0) {
        out.add("abcd");
        out.add("efgh");
        r--;
        i += 2;
      } else {
        out.add(fill.get(f++));
        i++;
      }
    }
    return join(out);
  }

  @Test
  void mostFrequentWordBigramInEnglish() {
    GopherRepetitionFilter rule = only(Map.of("max_top_ngram_ratios", List.of(0.2, 1.0, 1.0)));
    // 10 x "abcd efgh" = 80 of 400 characters: exactly the 0.20 limit
    assertKept(run(rule, doc(englishWithBigram(10), "en")));
    assertRejected(run(rule, doc(englishWithBigram(11), "en")), "gopher_repetition/top_2gram", "0.2200 > 0.2000");
  }

  @Test
  void chineseUsesCharacterNgramsScaledToWordLength() {
    // word 2-gram -> character 3-gram for Chinese; 300 characters with one 3-character phrase r times
    GopherRepetitionFilter rule = only(Map.of("max_top_ngram_ratios", List.of(0.2, 1.0, 1.0), "min_words", 0));
    assertKept(run(rule, doc(chineseWithPhrase(20, 300), "zh-Hans")));
    assertRejected(run(rule, doc(chineseWithPhrase(21, 300), "zh-Hans")), "gopher_repetition/top_2gram",
        "0.2100 > 0.2000");
    assertThat(GopherRepetitionFilter.unitsFor(2, true)).isEqualTo(3);
    assertThat(GopherRepetitionFilter.unitsFor(10, true)).isEqualTo(15);
    assertThat(GopherRepetitionFilter.unitsFor(5, false)).isEqualTo(5);
  }

  /** {@code total} Han characters: the phrase 读书人 {@code r} times among distinct rare characters. */
  private static String chineseWithPhrase(int r, int total) {
    String fill = han(total, 3000);
    StringBuilder b = new StringBuilder();
    int f = 0;
    for (int i = 0; i < total; ) {
      if (r > 0 && i % 14 == 0) {
        b.append("读书人");
        r--;
        i += 3;
      } else {
        b.appendCodePoint(fill.codePointAt(f++));
        i++;
      }
    }
    return b.toString();
  }

  @Test
  void repeatedFivegramsCountEveryRepeatOnce() {
    GopherRepetitionFilter rule = only(Map.of("max_dup_ngram_ratios", List.of(0.15, 1.0, 1.0, 1.0, 1.0, 1.0)));
    // a 5-word phrase (20 of 400 characters) occurring k times: (k - 1) x 20 repeated characters
    assertKept(run(rule, doc(englishWithPhrase(4), "en")));
    assertRejected(run(rule, doc(englishWithPhrase(5), "en")), "gopher_repetition/dup_5gram", "0.2000 > 0.1500");
  }

  private static String englishWithPhrase(int k) {
    List<String> fill = words(100, 4);
    List<String> out = new ArrayList<>();
    int f = 0;
    for (int i = 0; i < 100; ) {
      if (k > 0 && i % 20 == 0) {
        out.addAll(List.of("abcd", "efgh", "ijkl", "mnop", "qrst"));
        k--;
        i += 5;
      } else {
        out.add(fill.get(f++));
        i++;
      }
    }
    return join(out);
  }

  @Test
  void shortDocumentsSkipTheNgramRules() {
    String short49 = join(words(49, 4));
    GopherRepetitionFilter defaults = with(Map.of());
    assertThat(Docs.skipped(defaults, doc(short49, "en"))).containsExactly("ngrams");
    assertThat(Docs.signals(defaults, doc(short49, "en")).has(GopherRepetitionFilter.topSignal(2))).isFalse();
    assertThat(Docs.skipped(defaults, doc(join(words(50, 4)), "en"))).isEmpty();
  }

  @Test
  void ratiosNeedOneValuePerNgramSize() {
    assertThatThrownBy(() -> with(Map.of("max_top_ngram_ratios", List.of(0.2, 0.18))))
        .hasMessageContaining("gopher_repetition: max_top_ngram_ratios needs 3 values (n = 2..4), got 2");
  }
}
