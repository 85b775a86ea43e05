package dev.jinglian.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jinglian.filter.Verdict;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import dev.jinglian.tag.WordSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageFilterTest {
  private static Verdict decide(LanguageFilter.Params p, String lang, double score) {
    DocumentAnalysis doc = new DocumentAnalysis("s", "text", WordSegmenter.of(WordSegmenter.Mode.FAST));
    doc.setLanguage(lang, score);
    return new LanguageFilter(p).decide(doc, new Signals());
  }

  private static LanguageFilter.Params keep(String... tags) {
    return new LanguageFilter.Params(null, List.of(tags), null, null, null);
  }

  @Test
  void keepZhKeepsBothChineseVariants() {
    assertThat(decide(keep("zh", "en"), "zh-Hans", 0.9).kind()).isEqualTo(Verdict.Kind.KEEP);
    assertThat(decide(keep("zh", "en"), "zh-Hant", 0.9).kind()).isEqualTo(Verdict.Kind.KEEP);
    assertThat(decide(keep("zh", "en"), "en", 0.9).kind()).isEqualTo(Verdict.Kind.KEEP);
  }

  @Test
  void unwantedLanguagesAreDroppedWithTheirTag() {
    Verdict v = decide(keep("zh", "en"), "de", 0.99);
    assertThat(v.reason().key()).isEqualTo("language/not_wanted");
    assertThat(v.detail()).isEqualTo("de not in [zh, en]");
    assertThat(decide(keep("zh-Hant"), "zh-Hans", 0.99).reason().key()).isEqualTo("language/not_wanted");
    assertThat(decide(keep("zh"), "und", 0).reason().key()).isEqualTo("language/not_wanted");
  }

  @Test
  void scoreBelowTheMinimumIsDroppedAtTheBoundary() {
    LanguageFilter.Params p = new LanguageFilter.Params(null, null, 0.65, null, null);
    assertThat(decide(p, "en", 0.65).kind()).isEqualTo(Verdict.Kind.KEEP);
    Verdict v = decide(p, "zh-Hans", 0.6499);
    assertThat(v.reason().key()).isEqualTo("language/low_score");
    assertThat(v.detail()).isEqualTo("zh-Hans 0.6499 < 0.65");
  }

  @Test
  void defaultsKeepEveryLanguageButDropMixedAndLetterlessText() {
    LanguageFilter.Params p = new LanguageFilter.Params(null, null, null, null, null);
    assertThat(p.keep()).isEmpty();
    assertThat(p.minScore()).isEqualTo(0.5);
    assertThat(decide(p, "ru", 0.5).kind()).isEqualTo(Verdict.Kind.KEEP);
    assertThat(decide(p, "ja", 0.4999).reason().key()).isEqualTo("language/low_score");
    assertThat(decide(p, "und", 0).reason().key()).isEqualTo("language/low_score");
  }

  @Test
  void tagsAreCanonicalizedAndKeptLanguagesAreDetected() {
    LanguageFilter.Params p = new LanguageFilter.Params(null, List.of("ZH-hant", "sv"), null, List.of("en"), null);
    assertThat(p.keep()).containsExactly("zh-Hant", "sv");
    assertThat(p.languages()).containsExactly("en", "zh-Hant", "sv");
  }

  @Test
  void unknownLanguagesAndBadScoresFailNamingTheKey() {
    assertThatThrownBy(() -> keep("klingon"))
        .hasMessageContaining("keep names unknown language 'klingon'");
    assertThatThrownBy(() -> new LanguageFilter.Params(null, null, null, List.of("xx"), null))
        .hasMessageContaining("detect names unknown language 'xx'");
    assertThatThrownBy(() -> new LanguageFilter.Params(null, null, 1.5, null, null))
        .hasMessageContaining("min_score must be in [0, 1], got 1.5");
  }
}
