package dev.jinglian.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptFastPathTest {
  @Test
  void fastPathAgreesWithUnicodeTablesForEveryNonAsciiCodePoint() {
    int disagreements = 0;
    int first = -1;
    for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Script.of(cp) != Script.ofGeneral(cp)) {
        disagreements++;
        first = first < 0 ? cp : first;
      }
    }
    assertThat(disagreements).as("first disagreement at U+%04X", first).isZero();
  }

  @Test
  void commonBlocksClassifyAsTheirScript() {
    assertThat(Script.of('中')).isEqualTo(Script.HAN);
    assertThat(Script.of('の')).isEqualTo(Script.KANA);
    assertThat(Script.of('한')).isEqualTo(Script.HANGUL);
    assertThat(Script.of('Ж')).isEqualTo(Script.CYRILLIC);
    assertThat(Script.of('é')).isEqualTo(Script.LATIN);
    assertThat(Script.of('×')).isEqualTo(Script.SYMBOL);
  }
}
