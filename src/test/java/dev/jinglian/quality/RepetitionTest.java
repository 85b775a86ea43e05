package dev.jinglian.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RepetitionTest {
  @Test
  void topNgramIsCountTimesItsCharactersOverAll() {
    Repetition r = Repetition.ofWords(List.of("a", "b", "a", "b", "a", "b"));
    assertThat(r.topNGramShare(2)).isEqualTo(1.0); // "a b" x 3 = 6 of 6 characters
    assertThat(Repetition.ofWords(List.of("a", "b", "c", "d")).topNGramShare(2)).isZero();
  }

  @Test
  void duplicateNgramsCountEachRepeatedCharacterOnce() {
    // repeats of "a b" / "b a" start at positions 2, 3, 4 and cover units 2..5: 4 of 6 characters
    assertThat(Repetition.ofWords(List.of("a", "b", "a", "b", "a", "b")).duplicateNGramShare(2))
        .isCloseTo(4 / 6.0, within(1e-12));
  }

  @Test
  void rootsCharacterRepetitionRatio() {
    // 3-grams: 甲乙丙 x3, 乙丙甲 x2, 丙甲乙 x2, 乙丙丁 x1; 4 distinct -> k = 2; (3 + 2) / 8
    Repetition r = Repetition.ofCharacters(List.of("甲乙丙甲乙丙甲乙丙丁"));
    assertThat(r.topRepeatedShare(3)).isEqualTo(5 / 8.0);
    assertThat(Repetition.ofCharacters(List.of("一二三四五六")).topRepeatedShare(3)).isZero();
  }

  @Test
  void nonChineseWordsAreSingleUnitsAndHanCharactersWeighThree() {
    Repetition r = Repetition.ofCharacters(List.of("使用", "option", "选项"));
    assertThat(r.units()).isEqualTo(5);
    // "使用 option" is 3 + 3 + 6 = 12 of 3 + 3 + 6 + 3 + 3 = 18 weighted characters, repeated below
    Repetition twice = Repetition.ofCharacters(List.of("使用", "option", "使用", "option"));
    assertThat(twice.topNGramShare(3)).isCloseTo(2 * 12 / 24.0, within(1e-12));
  }

  @Test
  void incrementalCountingAgreesWithCountingEverySize() {
    Random random = new Random(7);
    for (int trial = 0; trial < 200; trial++) {
      List<String> words = new ArrayList<>();
      int alphabet = 2 + random.nextInt(6);
      for (int i = 0, n = random.nextInt(120); i < n; i++) {
        words.add("w" + random.nextInt(alphabet) + "x".repeat(random.nextInt(3)));
      }
      Repetition shared = Repetition.ofWords(words);
      for (int n = 1; n <= 12; n++) {
        Repetition fresh = Repetition.ofWords(words);
        assertThat(shared.topNGramShare(n)).as("top %d-gram of %s", n, words).isEqualTo(fresh.topNGramShare(n));
        assertThat(shared.duplicateNGramShare(n)).as("dup %d-gram of %s", n, words)
            .isEqualTo(Repetition.ofWords(words).duplicateNGramShare(n));
      }
    }
  }

  @Test
  void aDocumentOverTheUnitCapSkipsTheNgramRulesInsteadOfExhaustingMemory() {
    String huge = "超大文档。".repeat(260_000); // 1,040,000 Han characters, every n-gram repeated
    dev.jinglian.tag.DocumentAnalysis doc = Docs.doc(huge, "zh-Hans");
    assertThat(Repetition.units(doc.words(), true)).isGreaterThan(Repetition.MAX_UNITS);
    assertThat(Repetition.of(doc)).isNull();
    GopherRepetitionFilter rule = new GopherRepetitionFilter(Docs.params(GopherRepetitionFilter.Params.class,
        java.util.Map.of()));
    assertThat(Docs.skipped(rule, doc)).containsExactly("ngrams");
  }

  @Test
  void aPeriodicDocumentKeepsItsCountingTableSmall() {
    // every position repeats at every size: the incremental counting must still work and agree
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      words.add(i % 2 == 0 ? "tick" : "tock");
    }
    Repetition r = Repetition.ofWords(words);
    assertThat(r.topNGramShare(2)).isCloseTo(1.0, within(1e-3));
    assertThat(r.duplicateNGramShare(10)).isCloseTo(1.0, within(1e-3));
  }
}
