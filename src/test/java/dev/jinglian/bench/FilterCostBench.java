package dev.jinglian.bench;

import dev.jinglian.io.RawRecord;
import dev.jinglian.job.DocumentRefiner;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.testing.Recipes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the language and quality families add to the fused per-document pass, per core: documents per CPU-second
 * of {@link DocumentRefiner#refine} on 2,000-character documents cut from the real Chinese and English sample
 * files, with (a) the backbone with only the script step of language identification, (b) the backbone
 * (normalize, language identification, BPE count, HanLP words, length rule), (c) the default families and (d)
 * every family including the opt-in C4 and FineWeb ones. "Added" is the extra CPU time per document of (c) and
 * (d) over (b).
 *
 * <p>Run: {@code bench/run-main.sh dev.jinglian.bench.FilterCostBench sample-data [cpu-seconds]}
 */
public final class FilterCostBench {
  private FilterCostBench() {}

  private static final String BASE = "name: bench\noutput: /tmp/unused\nsources: [{name: s, path: /tmp/unused}]\n"
      + "tokenizer: {encoding: cl100k_base, segmenter: fast}\n";

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "sample-data");
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 8;
    Map<String, List<String>> files = SampleCorpus.byFile(root);
    List<LabelledText> zh = new ArrayList<>();
    List<LabelledText> en = new ArrayList<>();
    files.forEach((name, texts) -> texts.forEach(t -> (name.startsWith("zh") ? zh : en)
        .add(new LabelledText(name, name.startsWith("zh") ? "zh" : "en", t))));
    // every file contributes: texts are shuffled (fixed seed) before being joined into 2,000-character documents
    java.util.Collections.shuffle(zh, new java.util.Random(42));
    java.util.Collections.shuffle(en, new java.util.Random(42));
    Map<String, List<String>> docs = Map.of(
        "zh", LabelledText.concatenated(zh, 2000, 400).get("zh"),
        "en", LabelledText.concatenated(en, 2000, 400).get("en"));
    Recipe backbone = Recipes.fromYaml(BASE + "filters: {language: {enabled: false},"
        + " gopher_quality: {enabled: false}, gopher_repetition: {enabled: false}, chinese: {enabled: false}}\n");
    Recipe defaults = Recipes.fromYaml(BASE);
    Recipe all = Recipes.fromYaml(BASE + "filters: {c4: {enabled: true}, fineweb: {enabled: true}}\n");
    Recipe scriptOnly = Recipes.fromYaml(BASE + "filters: {language: {enabled: false, detect: []},"
        + " gopher_quality: {enabled: false}, gopher_repetition: {enabled: false}, chinese: {enabled: false}}\n");
    System.out.printf(Locale.ROOT, "documents per CPU-second, one thread, 2,000-character documents (best of 3)%n");
    System.out.printf(Locale.ROOT, "%-4s %12s %10s %10s %10s %15s %15s%n", "lang", "script-only", "backbone",
        "defaults", "all", "defaults added", "all added");
    for (String lang : List.of("zh", "en")) {
      List<RawRecord> records = new ArrayList<>();
      int line = 0;
      for (String text : docs.get(lang)) {
        records.add(RawRecord.document("s", "bench", ++line, null, text, Map.of()));
      }
      // interleaved rounds, best of three per variant: JIT state and machine load affect all variants alike
      double[] best = new double[4];
      Recipe[] variants = {scriptOnly, backbone, defaults, all};
      for (int round = 0; round < 3; round++) {
        for (int v = 0; v < variants.length; v++) {
          best[v] = Math.max(best[v], rate(new DocumentRefiner(variants[v]), records, seconds));
        }
      }
      System.out.printf(Locale.ROOT, "%-4s %12.0f %10.0f %10.0f %10.0f %14.1f%% %14.1f%%%n", lang, best[0], best[1],
          best[2], best[3], 100 * (best[1] / best[2] - 1), 100 * (best[1] / best[3] - 1));
    }
  }

  /** Refines the records round-robin for {@code seconds} of CPU after an equal warm-up. */
  static double rate(DocumentRefiner refiner, List<RawRecord> records, double seconds) {
    run(refiner, records, seconds);
    return run(refiner, records, seconds);
  }

  private static double run(DocumentRefiner refiner, List<RawRecord> records, double seconds) {
    long start = CpuClock.nanos();
    long n = 0;
    while (CpuClock.nanos() - start < seconds * 1e9) {
      for (RawRecord r : records) {
        refiner.refine(r);
        n++;
      }
    }
    return n / ((CpuClock.nanos() - start) / 1e9);
  }
}
