package dev.jinglian.bench;

import dev.jinglian.lang.ContentLanguageIdentifier;
import dev.jinglian.lang.LanguageFilter;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.WordSegmenter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where language identification spends its time on a real corpus: the cost of each document (default recipe
 * settings, one thread, after a warm-up pass), summed per assigned language, with percentiles and the share of
 * the slowest documents.
 *
 * <p>Run: {@code bench/run-main.sh dev.jinglian.bench.LanguageIdCostBench CORPUS.jsonl [MAX_DOCS] [SAMPLE_CHARS]}
 */
public final class LanguageIdCostBench {
  private LanguageIdCostBench() {}

  public static void main(String[] args) throws Exception {
    List<String> all = BenchCorpus.load(Path.of(args[0]));
    int max = args.length > 1 ? Integer.parseInt(args[1]) : all.size();
    List<String> docs = all.subList(0, Math.min(max, all.size()));
    Integer sample = args.length > 2 ? Integer.valueOf(args[2]) : null;
    LanguageFilter.Params defaults = new LanguageFilter.Params(null, null, null, null, sample);
    ContentLanguageIdentifier id = new ContentLanguageIdentifier(defaults.languages(), defaults.sampleChars());
    WordSegmenter segmenter = WordSegmenter.of(WordSegmenter.Mode.FAST);
    pass(id, segmenter, docs, null); // warm-up
    long[] nanos = new long[docs.size()];
    Map<String, long[]> byLang = new TreeMap<>(); // docs, nanos, chars
    pass(id, segmenter, docs, (i, lang, ns) -> {
      nanos[i] = ns;
      long[] c = byLang.computeIfAbsent(lang, k -> new long[3]);
      c[0]++;
      c[1] += ns;
      c[2] += docs.get(i).length();
    });
    long total = Arrays.stream(nanos).sum();
    long chars = docs.stream().mapToLong(String::length).sum();
    System.out.printf(Locale.ROOT, "%d docs, %.1f M chars, sample_chars %d: %.3f s, %.1f us/doc, %.1f M chars/s%n",
        docs.size(), chars / 1e6, defaults.sampleChars(), total / 1e9, total / 1e3 / docs.size(), chars / (total / 1e3));
    byLang.forEach((lang, c) -> System.out.printf(Locale.ROOT, "  %-8s %7d docs  %5.1f %% of time  %8.1f us/doc  %6.0f chars/doc%n",
        lang, c[0], 100.0 * c[1] / total, c[1] / 1e3 / c[0], c[2] / (double) c[0]));
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    for (double q : new double[] {0.5, 0.9, 0.99, 0.999}) {
      System.out.printf(Locale.ROOT, "  p%-5s %8.1f us%n", q * 100, sorted[(int) (q * (sorted.length - 1))] / 1e3);
    }
    for (double top : new double[] {0.01, 0.05}) {
      long sum = 0;
      int n = (int) (top * sorted.length);
      for (int i = sorted.length - n; i < sorted.length; i++) {
        sum += sorted[i];
      }
      System.out.printf(Locale.ROOT, "  slowest %.0f %% of docs: %.1f %% of time%n", top * 100, 100.0 * sum / total);
    }
  }

  private interface Sink {
    void accept(int doc, String lang, long nanos);
  }

  private static void pass(ContentLanguageIdentifier id, WordSegmenter seg, List<String> docs, Sink sink) {
    for (int i = 0; i < docs.size(); i++) {
      DocumentAnalysis doc = new DocumentAnalysis("bench", docs.get(i), seg);
      doc.scripts(); // the script profile is shared with other stages; time the identification alone
      long t0 = System.nanoTime();
      id.identify(doc);
      long ns = System.nanoTime() - t0;
      if (sink != null) {
        sink.accept(i, doc.lang(), ns);
      }
    }
  }
}
