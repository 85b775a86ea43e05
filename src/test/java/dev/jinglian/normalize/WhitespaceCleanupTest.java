package dev.jinglian.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cleanup's guarantees on random text made of the characters it treats specially. */
class WhitespaceCleanupTest {
  private static final String ALPHABET = "ab中文 \t\n\r\u00A0\u3000\u2028\u2029\u000B\u0085\u200B\u200D\uFEFF\u0007\u202E";
  private final WhitespaceCleanup cleanup = new WhitespaceCleanup();

  @Test
  void randomTextComesOutCleanIdempotentAndWithEveryVisibleCharacter() {
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder in = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        in.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String text = in.toString();
      String out = cleanup.apply(text);
      String shown = text.replace('\n', '|').replace('\r', '^');
      assertThat(cleanup.apply(out)).as("idempotent on [%s]", shown).isSameAs(out);
      assertThat(visible(out)).as("visible characters of [%s]", shown).isEqualTo(visible(text));
      assertThat(out).as("output of [%s]", shown)
          .doesNotContain("\r", "\u2028", "\u2029", "\u000B", "\u0085", "\u200B", "\uFEFF", "\u0007", "\u202E",
              "\n\n\n", " \n", "\t\n")
          .doesNotStartWith("\n").doesNotEndWith("\n").doesNotEndWith(" ").doesNotEndWith("\t");
      for (String line : out.split("\n")) {
        String body = line.stripLeading();
        assertThat(body).as("inside a line of [%s]", shown).doesNotContain("  ", "\t", "\u00A0", "\u3000");
      }
    }
  }

  @Test
  void onlyTheChangedPartIsRewritten() {
    assertThat(cleanup.apply("a  b")).isEqualTo("a b");
    assertThat(cleanup.apply("段落。\n\n\n\n下一段   ")).isEqualTo("段落。\n\n下一段");
    assertThat(cleanup.apply("line\n    indented\n\tTabbed")).isEqualTo("line\n    indented\n\tTabbed");
    assertThat(cleanup.apply("   leading at the start")).isEqualTo("leading at the start");
    String clean = "clean text, one line\nand another";
    assertThat(cleanup.apply(clean)).isSameAs(clean);
  }

  /** The characters that are neither whitespace nor dropped, in order (the zero-width joiner is kept). */
  private static String visible(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if ("ab中文\u200D".indexOf(c) >= 0) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
