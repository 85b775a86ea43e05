package dev.jinglian.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptFastPathTest {
  @Test
  void bmpTableAgreesWithUnicodeTablesForEveryNonAsciiCodePoint() {
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
    assertThat(Script.of('，')).isEqualTo(Script.PUNCTUATION);
    assertThat(Script.of('a')).isEqualTo(Script.LATIN);
    assertThat(Script.of('7')).isEqualTo(Script.DIGIT);
    assertThat(Script.of('\t')).isEqualTo(Script.SPACE);
    assertThat(Script.of('=')).isEqualTo(Script.SYMBOL);
    assertThat(Script.of('!')).isEqualTo(Script.PUNCTUATION);
    assertThat(Script.of(0)).isEqualTo(Script.OTHER);
    assertThat(Script.of(0x20000)).isEqualTo(Script.HAN);
  }
}
