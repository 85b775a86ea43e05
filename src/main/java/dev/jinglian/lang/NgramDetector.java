package dev.jinglian.lang;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractor;
import com.optimaize.langdetect.ngram.StandardNgramFilter;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells apart languages that share a script, with the Optimaize character n-gram detector (Naive Bayes,
 * Wikipedia-trained profiles). It is fed character trigrams only, not Optimaize's standard 1-, 2- and 3-grams: on
 * labelled text trigrams alone are as accurate at every length (100 % on whole documents; 91.1 / 98.3 / 99.7 % on
 * documents cut to 40 / 80 / 150 characters, against 90.8 / 97.3 / 99.6 %), and twice as fast, because the
 * detector turns every n-gram of the sample into a String and single letters and pairs carry little evidence
 * (docs/BENCHMARKS.md, "Language identification"). Only the languages a recipe names are loaded; the detector for a
 * language set is built once per JVM and shared by every task (analysis is thread-safe, profiles are read-only).
 * Optimaize draws n-grams at random; its seed is fixed, so the same text always gets the same answer. Its n-gram
 * table is replaced by a {@link NgramProbabilityTable} with the same contents, whose lookups do not collide.
 *
 * <p>Only a bounded sample of a long document is examined: three windows (start, middle, end) of
 * {@code sampleChars / 3} characters each, cut at spaces. Accuracy saturates after a few hundred characters of
 * one language, and the cost of a document stops growing with its length (docs/BENCHMARKS.md).
 */
final class NgramDetector {
  private static final long SEED = 42L;
  private static final NgramExtractor TRIGRAMS =
      NgramExtractor.gramLength(3).filter(StandardNgramFilter.getInstance()).textPadding(' ');
  private static final Map<List<String>, LanguageDetector> SHARED = new ConcurrentHashMap<>();

  /** The most probable language and its probability in (0, 1]. */
  record Result(String language, double probability) {}

  private final LanguageDetector detector;

  NgramDetector(List<String> languages) {
    this.detector = SHARED.computeIfAbsent(List.copyOf(languages), NgramDetector::build);
  }

  private static LanguageDetector build(List<String> languages) {
    List<LdLocale> locales = new ArrayList<>();
    for (String code : languages) {
      locales.add(LdLocale.fromString(code));
    }
    try {
      List<LanguageProfile> profiles = new LanguageProfileReader().readBuiltIn(locales);
      LanguageDetector detector = LanguageDetectorBuilder.create(TRIGRAMS).withProfiles(profiles).seed(SEED).build();
      NgramProbabilityTable.install(detector);
      return detector;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load language profiles for " + languages, e);
    }
  }

  /** The best language for {@code text}, or null when no n-gram of it is known to any loaded language. */
  Result detect(CharSequence text) {
    List<DetectedLanguage> ranked = detector.getProbabilities(text);
    if (ranked.isEmpty()) {
      return null;
    }
    DetectedLanguage top = ranked.get(0);
    return new Result(top.getLocale().getLanguage(), top.getProbability());
  }

  /**
   * At most about {@code maxChars} characters of {@code text}: the whole text when short enough, otherwise three
   * windows from its start, middle and end, each trimmed to whole words and joined by spaces.
   */
  static CharSequence sample(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    int window = maxChars / 3;
    StringBuilder out = new StringBuilder(maxChars + 2);
    int[] starts = {0, (text.length() - window) / 2, text.length() - window};
    for (int start : starts) {
      int from = start == 0 ? 0 : afterSpace(text, start, start + window / 4);
      int end = start + window;
      int to = end == text.length() ? text.length() : beforeSpace(text, end, Math.max(from, end - window / 4));
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(text, from, to);
    }
    return out;
  }

  /** First index after a whitespace in [from, limit), or {@code from} if there is none. */
  private static int afterSpace(String text, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i + 1;
      }
    }
    return from;
  }

  /** Index of the last whitespace in (floor, end], or {@code end} if there is none. */
  private static int beforeSpace(String text, int end, int floor) {
    for (int i = end; i > floor; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return end;
  }
}
