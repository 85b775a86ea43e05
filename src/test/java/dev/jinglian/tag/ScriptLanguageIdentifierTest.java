package dev.jinglian.tag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.lang.ScriptLanguageIdentifier;
import org.junit.jupiter.api.Test;

class ScriptLanguageIdentifierTest {
  private static DocumentAnalysis identify(String text) {
    DocumentAnalysis d = new DocumentAnalysis("s", text, WordSegmenter.of(WordSegmenter.Mode.FAST));
    new ScriptLanguageIdentifier().identify(d);
    return d;
  }

  @Test
  void chineseJapaneseKoreanAreToldApartByScript() {
    assertThat(identify("这是中文文本，没有假名。").lang()).isEqualTo("zh-Hans");
    assertThat(identify("這是中文文本，沒有假名。").lang()).isEqualTo("zh-Hant");
    assertThat(identify("これは日本語の文章です。漢字も使います。").lang()).isEqualTo("ja");
    assertThat(identify("한국어 문장입니다").lang()).isEqualTo("ko");
  }

  @Test
  void alphabeticTextIsLeftUndeterminedWithItsScript() {
    assertThat(identify("Plain English words").lang()).isEqualTo("und-Latn");
    assertThat(identify("Русский текст").lang()).isEqualTo("und-Cyrl");
    assertThat(identify("12345 !!!").lang()).isEqualTo("und");
  }
}
