package dev.jinglian.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.recipe.NormalizeSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizationTest {
  private static String run(NormalizeSpec spec, String text) {
    List<Transform> transforms = Normalization.from(spec);
    Edits edits = new Edits();
    for (Transform t : transforms) {
      text = t.apply(text, edits);
    }
    return text;
  }

  @Test
  void nfkcFoldsFullWidthFormsButKeepsIdeographicFullStop() {
    assertThat(run(NormalizeSpec.defaults(), "ＡＢＣ１２３，你好！　世界。"))
        .isEqualTo("ABC123,你好! 世界。");
  }

  @Test
  void whitespaceCleanupKeepsIndentationAndParagraphsButDropsControlAndZeroWidth() {
    String in = "\uFEFF  标题\r\n\r\n\r\n\r\n正文\u200B内容   很多   空格\t \n    indented code\n\u0007end\u0000  ";
    assertThat(new WhitespaceCleanup().apply(in))
        .isEqualTo("标题\n\n正文内容 很多 空格\n    indented code\nend");
  }

  @Test
  void cleanTextIsReturnedUnchangedAndCountsNoEdit() {
    Edits edits = new Edits();
    String clean = "已经干净的文本。\n\n第二段。";
    assertThat(new WhitespaceCleanup().apply(clean, edits)).isSameAs(clean);
    assertThat(edits.asMap()).isEmpty();
  }

  @Test
  void traditionalToSimplifiedOnlyWhenAsked() {
    String trad = "繁體中文的軟體與資料庫";
    assertThat(run(NormalizeSpec.defaults(), trad)).isEqualTo(trad);
    assertThat(run(new NormalizeSpec(null, null, true), trad)).isEqualTo("繁体中文的软体与资料库");
  }
}
