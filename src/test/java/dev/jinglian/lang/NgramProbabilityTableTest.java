package dev.jinglian.lang;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractor;
import com.optimaize.langdetect.ngram.StandardNgramFilter;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The packed n-gram table answers exactly what Optimaize's own map answers, so detection does not change. */
class NgramProbabilityTableTest {
  private static final List<String> LANGUAGES = LanguageFilter.Params.DETECT_DEFAULT;

  private static LanguageDetector detector() throws IOException {
    List<LdLocale> locales = LANGUAGES.stream().map(LdLocale::fromString).toList();
    return LanguageDetectorBuilder.create(NgramExtractor.gramLength(3).filter(StandardNgramFilter.getInstance())
            .textPadding(' ')).withProfiles(new LanguageProfileReader().readBuiltIn(locales)).seed(42L).build();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, double[]> table(LanguageDetector d) throws ReflectiveOperationException {
    Field data = d.getClass().getDeclaredField("ngramFrequencyData");
    data.setAccessible(true);
    Object frequencies = data.get(d);
    Field map = frequencies.getClass().getDeclaredField("wordLangProbMap");
    map.setAccessible(true);
    return (Map<String, double[]>) map.get(frequencies);
  }

  private static List<String> texts() throws IOException {
    List<String> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = NgramProbabilityTableTest.class.getResourceAsStream("descriptions-sample.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String text = json.readTree(line).get("text").asText();
        out.add(text);
        for (int cut : new int[] {12, 40, 80, 150}) {
          out.add(text.substring(0, Math.min(cut, text.length())));
        }
      }
    }
    return out;
  }

  @Test
  void answersEveryLookupAsTheOriginalMap() throws Exception {
    LanguageDetector d = detector();
    Map<String, double[]> original = Map.copyOf(table(d));
    assertThat(NgramProbabilityTable.install(d)).isTrue();
    Map<String, double[]> packed = table(d);
    assertThat(packed).isInstanceOf(NgramProbabilityTable.class).hasSize(original.size());

    for (Map.Entry<String, double[]> e : original.entrySet()) {
      assertThat(packed.get(e.getKey())).isSameAs(e.getValue());
    }
    Random random = new Random(7);
    String alphabet = " abcdefghijklmnopqrstuvwxyzàáâãäçèéêëìíîïñòóôõöùúûüÿßąćęłńśźżабвгдеёжзийклмнопрстуфхцчшщъыьэюяіїє"
        + "ÀÉ\u0000\uffff中文字";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + random.nextInt(3);
      for (int j = 0; j < n; j++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String k = b.toString();
      assertThat(packed.get(k)).as(k).isSameAs(original.get(k));
    }
    assertThat(packed.get("")).isNull();
    assertThat(packed.get("abcd")).isNull();
    assertThat(packed.get(42)).isNull();
  }

  @Test
  void detectionIsUnchanged() throws Exception {
    LanguageDetector plain = detector();
    LanguageDetector fast = detector();
    assertThat(NgramProbabilityTable.install(fast)).isTrue();
    for (String text : texts()) {
      List<DetectedLanguage> a = plain.getProbabilities(text);
      List<DetectedLanguage> b = fast.getProbabilities(text);
      assertThat(b).as(text).hasSameSizeAs(a);
      for (int i = 0; i < a.size(); i++) {
        assertThat(b.get(i).getLocale()).isEqualTo(a.get(i).getLocale());
        assertThat(b.get(i).getProbability()).isEqualTo(a.get(i).getProbability());
      }
    }
  }

  @Test
  void leavesADetectorWithoutTheExpectedInternalsAlone() {
    LanguageDetector other = new LanguageDetector() {
      @Override
      public com.google.common.base.Optional<LdLocale> detect(CharSequence text) {
        return com.google.common.base.Optional.absent();
      }

      @Override
      public List<DetectedLanguage> getProbabilities(CharSequence text) {
        return List.of();
      }
    };
    assertThat(NgramProbabilityTable.install(other)).isFalse();
  }
}
