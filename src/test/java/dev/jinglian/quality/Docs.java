package dev.jinglian.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jinglian.filter.DocumentFilter;
import dev.jinglian.filter.FilterParams;
import dev.jinglian.filter.Verdict;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import dev.jinglian.tag.WordSegmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds documents and runs one family on them, for the rule tests. */
final class Docs {
  static final WordSegmenter SEGMENTER = WordSegmenter.of(WordSegmenter.Mode.FAST);
  private static final ObjectMapper JSON = new ObjectMapper();

  private Docs() {}

  /** A document with its language already identified. */
  static DocumentAnalysis doc(String text, String lang) {
    DocumentAnalysis d = new DocumentAnalysis("test", text, SEGMENTER);
    d.setLanguage(lang, 1.0);
    return d;
  }

  /** Parameters bound exactly as from a recipe's {@code filters.<family>} map. */
  static <P extends FilterParams> P params(Class<P> type, Map<String, Object> values) {
    return JSON.convertValue(values, type);
  }

  static Verdict run(DocumentFilter f, DocumentAnalysis d) {
    Signals s = new Signals();
    f.measure(d, s);
    return f.decide(d, s);
  }

  static Signals signals(DocumentFilter f, DocumentAnalysis d) {
    Signals s = new Signals();
    f.measure(d, s);
    return s;
  }

  static List<String> skipped(DocumentFilter f, DocumentAnalysis d) {
    return f.skippedRules(d, signals(f, d));
  }

  static void assertKept(Verdict v) {
    assertThat(v.rejected()).as("expected keep, got %s", v).isFalse();
  }

  static void assertRejected(Verdict v, String reason, String detail) {
    assertThat(v.rejected()).as("expected %s", reason).isTrue();
    assertThat(v.reason().key()).isEqualTo(reason);
    assertThat(v.detail()).isEqualTo(detail);
  }

  /** {@code n} different lower-case words of {@code length} letters, none of them a stop word in any list. */
  static List<String> words(int n, int length) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder w = new StringBuilder("q");
      int v = i;
      for (int k = 1; k < length; k++) {
        w.append((char) ('a' + v % 26));
        v /= 26;
      }
      out.add(w.toString());
    }
    return out;
  }

  static String join(List<String> words) {
    return String.join(" ", words);
  }

  /** {@code n} different Han characters from CJK block offset {@code from} (rare ones: HanLP knows no words). */
  static String han(int n, int from) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.appendCodePoint(0x4E00 + from + i);
    }
    return b.toString();
  }

  /** Chinese text of exactly {@code n} HanLP words: the word 读书 separated by Chinese commas. */
  static String chineseWords(int n) {
    return String.join("，", java.util.Collections.nCopies(n, "读书")) + "。";
  }
}
