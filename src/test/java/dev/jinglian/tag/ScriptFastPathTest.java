package dev.jinglian.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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
  void commonCharactersClassifyAsTheirScript() {
    Map<Integer, Script> expected = Map.ofEntries(Map.entry((int) '中', Script.HAN), Map.entry((int) 'の', Script.KANA),
        Map.entry((int) '한', Script.HANGUL), Map.entry((int) 'Ж', Script.CYRILLIC), Map.entry((int) 'é', Script.LATIN),
        Map.entry((int) '×', Script.SYMBOL), Map.entry((int) '，', Script.PUNCTUATION), Map.entry((int) 'a', Script.LATIN),
        Map.entry((int) '7', Script.DIGIT), Map.entry((int) '\t', Script.SPACE), Map.entry((int) '=', Script.SYMBOL),
        Map.entry((int) '!', Script.PUNCTUATION), Map.entry(0, Script.OTHER), Map.entry(0x20000, Script.HAN));
    expected.forEach((cp, script) -> assertThat(Script.of(cp)).as("U+%04X", cp).isEqualTo(script));
  }
}
