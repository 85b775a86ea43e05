package dev.jinglian.lang;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.WordSegmenter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class LanguageIdentificationTest {
  private static final WordSegmenter SEGMENTER = WordSegmenter.of(WordSegmenter.Mode.FAST);
  private static final ContentLanguageIdentifier DEFAULT = identifier(new LanguageFilter.Params(null, null, null,
      null, null));

  static ContentLanguageIdentifier identifier(LanguageFilter.Params p) {
    return new ContentLanguageIdentifier(p.languages(), p.sampleChars());
  }

  static DocumentAnalysis identify(ContentLanguageIdentifier id, String text) {
    DocumentAnalysis doc = new DocumentAnalysis("test", text, SEGMENTER);
    id.identify(doc);
    return doc;
  }

  @Test
  void realDebianDescriptionsInNineLanguagesGetTheirLabel() throws IOException {
    List<String> wrong = new ArrayList<>();
    int n = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        getClass().getResourceAsStream("descriptions-sample.jsonl")), StandardCharsets.UTF_8))) {
      ObjectMapper json = new ObjectMapper();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode d = json.readTree(line);
        DocumentAnalysis doc = identify(DEFAULT, d.get("text").asText());
        n++;
        if (!doc.lang().equals(d.get("lang").asText())) {
          wrong.add(d.get("id").asText() + " -> " + doc.lang());
        }
        assertThat(doc.langScore()).isBetween(0.0, 1.0);
      }
    }
    assertThat(n).isEqualTo(72);
    assertThat(wrong).isEmpty();
  }

  @Test
  void kanaMakesJapaneseEvenWhenKanjiDominate() {
    DocumentAnalysis doc = identify(DEFAULT, "東京都立図書館の利用案内について説明します。開館時間は午前九時から午後八時まで。");
    assertThat(doc.lang()).isEqualTo("ja");
    assertThat(identify(DEFAULT, "东京都立图书馆的开馆时间为上午九时至下午八时。").lang()).isEqualTo("zh-Hans");
  }

  @Test
  void simplifiedAndTraditionalAreToldApartByContent() {
    assertThat(identify(DEFAULT, "这个软件包提供了网络配置工具，我们可以用它来设置网络接口。").lang())
        .isEqualTo(ChineseVariant.SIMPLIFIED);
    assertThat(identify(DEFAULT, "這個軟體套件提供了網路設定工具，我們可以用它來設定網路介面。").lang())
        .isEqualTo(ChineseVariant.TRADITIONAL);
    // 后, 里 and 台 are valid traditional forms that conversion maps; they must not outvote 這, 們, 說
    assertThat(identify(DEFAULT, "皇后說，這裡的台階們都很舊了，後來才修好。").lang())
        .isEqualTo(ChineseVariant.TRADITIONAL);
  }

  @Test
  void aChinesePageThatIsMostlyEnglishIsEnglish() {
    String text = "帮助页面\n\nThis manual page documents the GNU version of ls. List information about the "
        + "FILEs (the current directory by default). Sort entries alphabetically if none of the sorting "
        + "options is specified. Mandatory arguments to long options are mandatory for short options too.";
    DocumentAnalysis doc = identify(DEFAULT, text);
    assertThat(doc.lang()).isEqualTo("en");
    assertThat(doc.langScore()).isBetween(0.85, 1.0);
  }

  @Test
  void aChineseManPageQuotingEnglishOptionsStaysChinese() {
    String text = "ls - 列出目录内容\n\n-a, --all\n    不隐藏任何以 . 开始的项目\n\n-l\n    使用较长格式列出信息\n\n"
        + "--color[=WHEN]\n    控制是否使用色彩分辨文件。WHEN 可以是 never、always 或 auto。";
    DocumentAnalysis doc = identify(DEFAULT, text);
    assertThat(doc.lang()).isEqualTo("zh-Hans");
    assertThat(doc.langScore()).isGreaterThan(0.5).isLessThan(1.0);
  }

  @Test
  void textWithoutLettersIsUndeterminedWithScoreZero() {
    DocumentAnalysis doc = identify(DEFAULT, "2024-01-01 12:00:00 | 42 | 3.14159 | ---- ++++");
    assertThat(doc.lang()).isEqualTo("und");
    assertThat(doc.langScore()).isZero();
  }

  @Test
  void aScriptWithOneCandidateNeedsNoDetector() {
    ContentLanguageIdentifier onlyEnglish = identifier(new LanguageFilter.Params(null, null, null,
        List.of("en"), null));
    assertThat(identify(onlyEnglish, "Dies ist ein deutscher Satz über Bücher.").lang()).isEqualTo("en");
    assertThat(identify(onlyEnglish, "Это русский текст о книгах.").lang()).isEqualTo("und-Cyrl");
  }

  @Test
  void singleScriptLanguagesComeFromTheirScript() {
    assertThat(identify(DEFAULT, "Η γλώσσα αυτή γράφεται με το ελληνικό αλφάβητο.").lang()).isEqualTo("el");
    assertThat(identify(DEFAULT, "한국어 문서는 한글로 씁니다.").lang()).isEqualTo("ko");
  }

  @Test
  void longDocumentsAreSampledFromStartMiddleAndEnd() {
    String text = "alpha ".repeat(200) + "middle ".repeat(200) + "omega ".repeat(200);
    String sample = NgramDetector.sample(text, 600).toString();
    assertThat(sample.length()).isLessThanOrEqualTo(602);
    assertThat(sample).contains("alpha").contains("middle").contains("omega");
    assertThat(sample).doesNotStartWith(" ").doesNotContain("  ");
    assertThat(NgramDetector.sample("short text", 600).toString()).isEqualTo("short text");
  }

  @Test
  void sameTextSameAnswer() {
    String text = "Ce paquet fournit les outils de configuration du réseau pour le système.";
    DocumentAnalysis a = identify(DEFAULT, text);
    DocumentAnalysis b = identify(identifier(new LanguageFilter.Params(null, null, null, null, null)), text);
    assertThat(a.lang()).isEqualTo("fr").isEqualTo(b.lang());
    assertThat(a.langScore()).isEqualTo(b.langScore());
  }
}
