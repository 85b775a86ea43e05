package dev.jinglian.bench;

import dev.jinglian.io.RawRecord;
import dev.jinglian.job.DocumentRefiner;
import dev.jinglian.normalize.Edits;
import dev.jinglian.normalize.Normalization;
import dev.jinglian.normalize.Transform;
import dev.jinglian.recipe.NormalizeSpec;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.recipe.RecipeLoader;
import dev.jinglian.tag.ScriptProfile;
import dev.jinglian.tag.TokenCounter;
import dev.jinglian.tag.WordSegmenter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import dev.jinglian.lang.LanguageFilter;
import dev.jinglian.lang.LanguageIdentifier;
import dev.jinglian.tag.DocumentAnalysis;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Per-document costs side by side in one JVM on one core, on the same documents (no Spark): normalization, script
 * profile, each HanLP segmenter mode, BPE counting, and the whole refine pass. Timed in CPU seconds of the
 * measuring thread, so other processes on the machine do not count. Run: bench/per-document.sh
 */
public final class PerDocumentBench {
  public static void main(String[] args) throws Exception {
    List<String> docs = new ArrayList<>();
    long bytes = 0;
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String text = dev.jinglian.util.Json.MAPPER.readTree(line).get("text").asText();
      docs.add(text);
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > Long.parseLong(args.length > 1 ? args[1] : "30000000")) {
        break;
      }
    }
    System.out.printf("%d documents, %.1f MB of text%n", docs.size(), bytes / 1e6);
    List<Transform> norm = Normalization.from(NormalizeSpec.defaults());
    TokenCounter bpe = TokenCounter.named("cl100k_base");
    Recipe recipe = RecipeLoader.parse("name: b\noutput: x\nsources: [{name: s, path: x}]\n", "bench");
    DocumentRefiner refiner = new DocumentRefiner(recipe);
    DocumentRefiner backbone = new DocumentRefiner(RecipeLoader.parse("""
        name: b
        output: x
        sources: [{name: s, path: x}]
        filters: {length: {enabled: false}, language: {enabled: false}, flagged_words: {enabled: false},
          gopher_quality: {enabled: false}, gopher_repetition: {enabled: false}, chinese: {enabled: false},
          word_tags: {enabled: false}, name_tags: {enabled: false}, register_tags: {enabled: false},
          content_tags: {enabled: false}}
        """, "bench"));
    Map<String, Consumer<String>> stages = new java.util.LinkedHashMap<>();
    stages.put("normalize (NFKC + whitespace)", t -> {
      Edits e = new Edits();
      for (Transform tr : norm) {
        tr.apply(t, e);
      }
    });
    stages.put("script profile", ScriptProfile::of);
    WordSegmenter fast = WordSegmenter.of(WordSegmenter.Mode.FAST);
    LanguageIdentifier identifier = LanguageFilter.identifier(recipe.filters());
    for (WordSegmenter.Mode m : WordSegmenter.Mode.values()) {
      WordSegmenter seg = WordSegmenter.of(m);
      stages.put("segment " + m.name().toLowerCase(), seg::segment);
    }
    stages.put("bpe count cl100k_base", bpe::count);
    stages.put("language identification", t -> identifier.identify(new DocumentAnalysis("s", t, fast)));
    stages.put("backbone refine pass (every filter and tag family off)",
        t -> backbone.refine(RawRecord.document("s", "f", 1, "id", t, Map.of())));
    stages.put("whole refine pass (default recipe)",
        t -> refiner.refine(RawRecord.document("s", "f", 1, "id", t, Map.of())));
    String only = args.length > 2 ? args[2] : "";
    for (Map.Entry<String, Consumer<String>> s : stages.entrySet()) {
      if (!s.getKey().contains(only)) {
        continue;
      }
      double best = 0;
      for (int round = 0; round < 3; round++) {
        long t0 = CpuClock.nanos();
        for (String d : docs) {
          s.getValue().accept(d);
        }
        double mbs = bytes / 1e6 / ((CpuClock.nanos() - t0) / 1e9);
        best = Math.max(best, mbs);
      }
      System.out.printf("%-36s %8.2f MB/s per CPU-second (best of 3)%n", s.getKey(), best);
    }
  }
}
