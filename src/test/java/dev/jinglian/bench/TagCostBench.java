package dev.jinglian.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jinglian.io.RawRecord;
import dev.jinglian.job.DocumentRefiner;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Token;
import dev.jinglian.tag.WordSegmenter;
import dev.jinglian.tags.TextRank;
import dev.jinglian.testing.Recipes;
import dev.jinglian.testing.SampleTexts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Extra cost of the tag families over the backbone per-document pass, on one core, in the same JVM: the fused
 * refiner (normalize, language, BPE count, HanLP words, length filter) with every tag family disabled versus
 * enabled without keywords ({@code word_tags.keywords: 0}) versus every tag family with the default TextRank
 * keywords, alternating rounds after a warm-up, over the real sample-data documents. Spark's own overhead is
 * the same with or without tags, so this per-document ratio bounds the end-to-end one from above. Times are the
 * thread's CPU time ({@link CpuClock}), so other processes on a shared machine distort them less.
 * Run: bench/tags.sh
 */
public final class TagCostBench {
  private static final String BASE = """
      name: bench
      output: /tmp/unused
      sources: [{name: s, path: /tmp/unused}]
      tokenizer: {segmenter: %s}
      """;
  private static final String NO_TAGS = """
      filters:
        word_tags: {enabled: false}
        name_tags: {enabled: false}
        register_tags: {enabled: false}
        content_tags: {enabled: false}
      """;

  public static void main(String[] args) {
    String segmenter = args.length > 0 ? args[0] : "fast";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<RawRecord> docs = corpus();
    long bytes = docs.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
    DocumentRefiner backbone = new DocumentRefiner(Recipes.fromYaml(BASE.formatted(segmenter) + NO_TAGS));
    DocumentRefiner noKeywords = new DocumentRefiner(Recipes.fromYaml(BASE.formatted(segmenter)
        + "filters:\n  word_tags: {keywords: 0}\n"));
    DocumentRefiner tagged = new DocumentRefiner(Recipes.fromYaml(BASE.formatted(segmenter)));
    pass(backbone, docs);
    pass(noKeywords, docs);
    pass(tagged, docs);
    long base = 0;
    long plain = 0;
    long tags = 0;
    for (int r = 0; r < rounds; r++) {
      base += pass(backbone, docs);
      plain += pass(noKeywords, docs);
      tags += pass(tagged, docs);
    }
    double mb = bytes / 1e6 * rounds;
    System.out.printf("segmenter %s, %d docs, %.1f MB, %d rounds, 1 thread%n", segmenter, docs.size(), bytes / 1e6,
        rounds);
    System.out.printf("backbone pass: %.2f MB/s per core; tags without keywords: %.2f MB/s (extra cost %.1f %%); "
        + "all tags with keywords: %.2f MB/s (extra cost %.1f %%)%n", mb / (base / 1e9), mb / (plain / 1e9),
        (plain / (double) base - 1) * 100, mb / (tags / 1e9), (tags / (double) base - 1) * 100);
    long keywords = keywordsOnly(docs, segmenter, rounds);
    System.out.printf("TextRank keywords alone (on already segmented documents): %.0f ms per pass, %.1f %% of the "
        + "backbone pass%n", keywords / 1e6 / rounds, keywords / (double) base * 100);
  }

  /** Time of {@link TextRank#keywords} alone over {@code rounds} passes, the segmentation done beforehand. */
  private static long keywordsOnly(List<RawRecord> docs, String segmenter, int rounds) {
    WordSegmenter seg = WordSegmenter.named(segmenter);
    List<List<Token>> segmented = new ArrayList<>();
    for (RawRecord d : docs) {
      segmented.add(new DocumentAnalysis(d.source(), d.text(), seg).segmented());
    }
    long sink = 0;
    for (List<Token> t : segmented) {
      sink += TextRank.keywords(t, 5).size(); // warm-up
    }
    long t0 = CpuClock.nanos();
    for (int r = 0; r < rounds; r++) {
      for (List<Token> t : segmented) {
        sink += TextRank.keywords(t, 5).size();
      }
    }
    long t = CpuClock.nanos() - t0;
    if (sink == 42) {
      System.out.print("");
    }
    return t;
  }

  private static long pass(DocumentRefiner refiner, List<RawRecord> docs) {
    long t0 = CpuClock.nanos();
    long sink = 0;
    for (RawRecord d : docs) {
      sink += refiner.refine(d).words();
    }
    long t = CpuClock.nanos() - t0;
    if (sink == 42) {
      System.out.print("");
    }
    return t;
  }

  private static List<RawRecord> corpus() {
    List<RawRecord> out = new ArrayList<>();
    read(out, "zh/manpages.jsonl.gz", "content");
    read(out, "zh-hant/manpages.jsonl.gz", "content");
    read(out, "zh/debian-reference.jsonl", "text");
    read(out, "zh/poetry.jsonl", "text");
    read(out, "en/package-descriptions.jsonl", "text");
    read(out, "en/spam.jsonl", "text");
    return out;
  }

  private static void read(List<RawRecord> out, String file, String field) {
    long line = 0;
    for (JsonNode d : SampleTexts.read(file)) {
      out.add(RawRecord.document("s", file, ++line, null, d.get(field).asText(), Map.of()));
    }
  }
}
