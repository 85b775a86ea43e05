package dev.jinglian.bench;

import dev.jinglian.lang.ContentLanguageIdentifier;
import dev.jinglian.lang.LanguageCodes;
import dev.jinglian.lang.LanguageFilter;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.WordSegmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Language identification with the default recipe settings: accuracy on labelled Debian package descriptions
 * (documents of at least 200 characters) and single-thread throughput on 2 KB documents.
 *
 * <p>Run: {@code bench/run-main.sh dev.jinglian.bench.LanguageIdBench sample-data/langid/descriptions.jsonl}
 */
public final class LanguageIdBench {
  private LanguageIdBench() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "sample-data/langid/descriptions.jsonl");
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    Integer sample = args.length > 2 ? Integer.valueOf(args[2]) : null;
    LanguageFilter.Params defaults = new LanguageFilter.Params(null, null, null, null, sample);
    System.out.printf(Locale.ROOT, "detect %s, sample_chars %d%n", defaults.languages(), defaults.sampleChars());
    ContentLanguageIdentifier id = new ContentLanguageIdentifier(defaults.languages(), defaults.sampleChars());
    WordSegmenter segmenter = WordSegmenter.of(WordSegmenter.Mode.FAST);
    List<LabelledText> texts = LabelledText.read(file);

    Map<String, int[]> perLang = new TreeMap<>();
    Map<String, Integer> confusions = new TreeMap<>();
    int total = 0;
    int exact = 0;
    int language = 0;
    int shortTotal = 0;
    int shortExact = 0;
    for (LabelledText t : texts) {
      if (t.text().length() < 200) {
        DocumentAnalysis doc = new DocumentAnalysis("bench", t.text(), segmenter);
        id.identify(doc);
        shortTotal++;
        shortExact += doc.lang().equals(t.lang()) ? 1 : 0;
        continue;
      }
      DocumentAnalysis doc = new DocumentAnalysis("bench", t.text(), segmenter);
      id.identify(doc);
      total++;
      int[] c = perLang.computeIfAbsent(t.lang(), k -> new int[2]);
      c[1]++;
      if (doc.lang().equals(t.lang())) {
        exact++;
        c[0]++;
      } else {
        confusions.merge(t.lang() + " -> " + doc.lang(), 1, Integer::sum);
      }
      if (LanguageCodes.matches(doc.lang(), t.lang().split("-")[0])) {
        language++;
      }
    }
    System.out.printf(Locale.ROOT, "documents >= 200 chars: %d%n", total);
    System.out.printf(Locale.ROOT, "accuracy (exact tag, zh-Hans/zh-Hant distinguished): %.4f%n",
        exact / (double) total);
    System.out.printf(Locale.ROOT, "accuracy (language, zh variants merged): %.4f%n", language / (double) total);
    perLang.forEach((lang, c) -> System.out.printf(Locale.ROOT, "  %-8s %4d/%4d  %.4f%n", lang, c[0], c[1],
        c[0] / (double) c[1]));
    System.out.println("confusions: " + confusions);
    System.out.printf(Locale.ROOT, "documents under 200 chars: %d/%d exact%n", shortExact, shortTotal);
    for (int chars : new int[] {40, 80, 150}) {
      int n = 0;
      int right = 0;
      for (LabelledText t : texts) {
        if (t.text().length() >= 200 && LanguageCodes.detectorScript(t.lang()) != null) {
          DocumentAnalysis doc = new DocumentAnalysis("bench", prefix(t.text(), chars), segmenter);
          id.identify(doc);
          n++;
          right += doc.lang().equals(t.lang()) ? 1 : 0;
        }
      }
      System.out.printf(Locale.ROOT, "alphabetic-script documents cut to %d chars: %d/%d = %.4f%n", chars, right, n,
          right / (double) n);
    }

    Map<String, List<String>> docs = LabelledText.concatenated(texts, 2000, 50);
    List<String> all = new ArrayList<>();
    docs.values().forEach(all::addAll);
    System.out.printf(Locale.ROOT, "throughput per core (thread CPU time), %d docs of 2,000 chars (%d languages):%n", all.size(),
        docs.size());
    System.out.printf(Locale.ROOT, "  all languages: %.0f docs/s%n", docsPerSecond(id, segmenter, all, seconds));
    for (Map.Entry<String, List<String>> e : docs.entrySet()) {
      System.out.printf(Locale.ROOT, "  %-8s %.0f docs/s%n", e.getKey(),
          docsPerSecond(id, segmenter, e.getValue(), seconds / 4));
    }
  }

  /** The first {@code chars} characters of {@code text}, cut back to the last space. */
  private static String prefix(String text, int chars) {
    String cut = text.substring(0, chars);
    int space = cut.lastIndexOf(' ');
    return space > chars / 2 ? cut.substring(0, space) : cut;
  }

  /** Identifies {@code docs} round-robin for about {@code seconds} after a warm-up of the same length. */
  static double docsPerSecond(ContentLanguageIdentifier id, WordSegmenter seg, List<String> docs, double seconds) {
    run(id, seg, docs, (long) (seconds * 1e9));
    return run(id, seg, docs, (long) (seconds * 1e9));
  }

  private static double run(ContentLanguageIdentifier id, WordSegmenter seg, List<String> docs, long nanos) {
    long start = CpuClock.nanos();
    long n = 0;
    while (CpuClock.nanos() - start < nanos) {
      for (String text : docs) {
        DocumentAnalysis doc = new DocumentAnalysis("bench", text, seg);
        id.identify(doc);
        n++;
      }
    }
    return n / ((CpuClock.nanos() - start) / 1e9);
  }
}
