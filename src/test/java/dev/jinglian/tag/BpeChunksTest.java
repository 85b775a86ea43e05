package dev.jinglian.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BpeChunksTest {
  @Test
  void theLetterTableAgreesWithTheUnicodeDefinitionForEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean expected = cp <= 0x323AF && Character.isLetter(cp);
      if (BpeChunks.isLetter(cp) != expected) {
        assertThat(BpeChunks.isLetter(cp)).as("U+%04X", cp).isEqualTo(expected);
      }
    }
  }
}
