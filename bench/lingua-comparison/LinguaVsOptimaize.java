import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * One-off comparison behind the choice of language detector (see docs/BENCHMARKS.md): lingua 1.2.2 (high and
 * low accuracy) against Optimaize 0.6 on the alphabetic-script documents of sample-data/langid, same languages
 * loaded, same inputs, measured in process CPU time (lingua runs part of its work on the common fork-join pool).
 * Run with bench/lingua-comparison/run.sh.
 */
public class LinguaVsOptimaize {
  static final String[] LANGS = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk"};
  static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  public static void main(String[] args) throws Exception {
    List<String[]> labelled = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      String lang = field(line, "lang");
      if (List.of(LANGS).contains(lang)) {
        labelled.add(new String[] {lang, field(line, "text")});
      }
    }
    Map<String, Function<String, String>> detectors = new LinkedHashMap<>();
    List<Language> lingua = new ArrayList<>();
    for (String l : LANGS) {
      lingua.add(Language.getByIsoCode639_1(IsoCode639_1.valueOf(l.toUpperCase(Locale.ROOT))));
    }
    Language[] ls = lingua.toArray(new Language[0]);
    var high = LanguageDetectorBuilder.fromLanguages(ls).withPreloadedLanguageModels().build();
    var low = LanguageDetectorBuilder.fromLanguages(ls).withLowAccuracyMode().withPreloadedLanguageModels().build();
    List<LdLocale> locales = new ArrayList<>();
    for (String l : LANGS) {
      locales.add(LdLocale.fromString(l));
    }
    var optimaize = com.optimaize.langdetect.LanguageDetectorBuilder.create(NgramExtractors.standard())
        .withProfiles(new LanguageProfileReader().readBuiltIn(locales)).seed(42L).build();
    detectors.put("lingua-high", t -> top(high.computeLanguageConfidenceValues(t)));
    detectors.put("lingua-low", t -> top(low.computeLanguageConfidenceValues(t)));
    detectors.put("optimaize", t -> {
      List<DetectedLanguage> r = optimaize.getProbabilities(t);
      return r.isEmpty() ? "und" : r.get(0).getLocale().getLanguage();
    });
    System.out.printf(Locale.ROOT, "%d labelled documents >= 200 chars, languages %s%n",
        labelled.stream().filter(d -> d[1].length() >= 200).count(), List.of(LANGS));
    for (var e : detectors.entrySet()) {
      int ok = 0;
      int n = 0;
      for (String[] d : labelled) {
        if (d[1].length() >= 200) {
          n++;
          ok += e.getValue().apply(d[1]).equals(d[0]) ? 1 : 0;
        }
      }
      for (int size : new int[] {300, 600, 2000}) {
        List<String> docs = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (String[] d : labelled) {
          b.append(d[1]).append("\n\n");
          if (b.length() >= size) {
            docs.add(b.substring(0, size));
            b.setLength(0);
          }
        }
        rate(e.getValue(), docs, 2);
        System.out.printf(Locale.ROOT, "%-12s accuracy %.4f   %4d chars: %7.0f docs per CPU-second%n", e.getKey(),
            ok / (double) n, size, rate(e.getValue(), docs, 5));
      }
    }
    System.exit(0);
  }

  static String top(SortedMap<Language, Double> confidences) {
    return confidences.isEmpty() ? "und" : confidences.firstKey().getIsoCode639_1().toString();
  }

  static double rate(Function<String, String> detector, List<String> docs, double cpuSeconds) {
    long start = OS.getProcessCpuTime();
    long n = 0;
    while (OS.getProcessCpuTime() - start < cpuSeconds * 1e9) {
      for (String d : docs) {
        detector.apply(d);
        n++;
      }
    }
    return n / ((OS.getProcessCpuTime() - start) / 1e9);
  }

  /** A string field of a flat JSON object (enough for this file's simple lines). */
  static String field(String json, String name) throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get(name).asText();
  }
}
