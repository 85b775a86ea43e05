package dev.jinglian.bench;

import dev.jinglian.filter.DocumentFilter;
import dev.jinglian.filter.FilterRegistry;
import dev.jinglian.filter.Verdict;
import dev.jinglian.lang.LanguageFilter;
import dev.jinglian.lang.LanguageIdentifier;
import dev.jinglian.normalize.Normalization;
import dev.jinglian.normalize.Transform;
import dev.jinglian.recipe.NormalizeSpec;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import dev.jinglian.tag.WordSegmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Keep rates of every filter family, each on its own with default parameters (including the families that are
 * off by default), on every real-text file of sample-data/: which documents each family would drop and why.
 * Documents are normalized as by the default recipe. The last column applies both Gopher families with their
 * English definitions to every document (the same HanLP words, English stop words, word n-grams): what a
 * pipeline without per-language rules keeps.
 *
 * <p>Run: {@code bench/run-main.sh dev.jinglian.bench.QualityKeepRates sample-data [family/reason ...]}; naming
 * reasons prints up to three dropped documents for each.
 */
public final class QualityKeepRates {
  /** The families measured: length and the language and quality families (safety and tags have their own). */
  private static final List<String> FAMILIES = List.of("length", "language", "gopher_quality", "gopher_repetition",
      "c4", "fineweb", "chinese");

  private QualityKeepRates() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "sample-data");
    List<String> show = List.of(args).subList(Math.min(1, args.length), args.length);
    List<Transform> normalize = Normalization.from(NormalizeSpec.defaults());
    LanguageIdentifier languages = LanguageFilter.identifier(dev.jinglian.filter.FilterSpecs.defaults());
    WordSegmenter segmenter = WordSegmenter.of(WordSegmenter.Mode.FAST);
    List<DocumentFilter> families = new ArrayList<>();
    List<Boolean> onByDefault = new ArrayList<>();
    for (var def : FilterRegistry.definitions()) {
      if (!FAMILIES.contains(def.family())) {
        continue;
      }
      families.add(def.build(dev.jinglian.filter.FilterSpecs.defaults().byFamily().containsKey(def.family())
          ? dev.jinglian.filter.FilterSpecs.defaults().byFamily().get(def.family()) : enabledDefaults(def)));
      onByDefault.add(def.onByDefault());
    }
    Map<String, Integer> shown = new TreeMap<>();
    System.out.printf(Locale.ROOT, "%-24s %5s %-26s %-9s", "file", "docs", "languages", "default");
    families.forEach(f -> System.out.printf(Locale.ROOT, " %-17s", f.family()));
    System.out.println(" gopher-as-English");
    List<DocumentFilter> gopher = families.stream().filter(f -> f.family().startsWith("gopher")).toList();
    for (Map.Entry<String, List<String>> file : SampleCorpus.byFile(root).entrySet()) {
      Map<String, Integer> langs = new TreeMap<>();
      int[] keptBy = new int[families.size()];
      int keptByDefaults = 0;
      int keptAsEnglish = 0;
      Map<String, Integer> reasons = new TreeMap<>();
      Map<String, Integer> skipped = new TreeMap<>();
      for (String raw : file.getValue()) {
        String text = raw;
        for (Transform t : normalize) {
          text = t.apply(text);
        }
        DocumentAnalysis doc = new DocumentAnalysis("bench", text, segmenter);
        languages.identify(doc);
        langs.merge(doc.lang(), 1, Integer::sum);
        Signals signals = new Signals();
        families.forEach(f -> f.measure(doc, signals));
        boolean kept = true;
        for (int i = 0; i < families.size(); i++) {
          DocumentFilter f = families.get(i);
          Verdict v = f.decide(doc, signals);
          f.skippedRules(doc, signals).forEach(r -> skipped.merge(f.family() + "/" + r, 1, Integer::sum));
          if (v.rejected()) {
            reasons.merge(v.reason().key(), 1, Integer::sum);
            kept &= !onByDefault.get(i);
            String key = v.reason().key();
            if (show.contains(key) && shown.merge(key + file.getKey(), 1, Integer::sum) <= 3) {
              System.out.printf("---- %s (%s) %s%n%s%n", key, v.detail(), file.getKey(),
                  text.substring(0, Math.min(600, text.length())));
            }
          } else {
            keptBy[i]++;
          }
        }
        keptByDefaults += kept ? 1 : 0;
        // the peers' failure mode: Gopher's English definitions applied to the same words
        DocumentAnalysis asEnglish = new DocumentAnalysis("bench", text, segmenter);
        asEnglish.setLanguage("en", doc.langScore());
        Signals englishSignals = new Signals();
        gopher.forEach(f -> f.measure(asEnglish, englishSignals));
        keptAsEnglish += gopher.stream().noneMatch(f -> f.decide(asEnglish, englishSignals).rejected()) ? 1 : 0;
      }
      int n = file.getValue().size();
      String langSummary = langs.entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> b - a)).limit(2)
          .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(" "));
      System.out.printf(Locale.ROOT, "%-24s %5d %-26s %5.1f%%   ", file.getKey(), n, langSummary,
          100.0 * keptByDefaults / n);
      for (int k : keptBy) {
        System.out.printf(Locale.ROOT, " %5.1f%%           ", 100.0 * k / n);
      }
      System.out.printf(Locale.ROOT, " %5.1f%%%n", 100.0 * keptAsEnglish / n);
      System.out.println("    dropped: " + reasons);
      System.out.println("    skipped: " + skipped);
    }
  }

  /** Default parameters with the family switched on (for families that are off by default). */
  private static dev.jinglian.filter.FilterParams enabledDefaults(dev.jinglian.filter.FilterDefinition<?> def) {
    return new com.fasterxml.jackson.databind.ObjectMapper().convertValue(Map.of("enabled", true),
        def.paramsType());
  }
}
