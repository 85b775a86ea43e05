package dev.jinglian.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.jinglian.stats.DedupStats;
import dev.jinglian.filter.Threshold;
import java.util.List;
import java.util.Map;

/**
 * {@code report/data.json}: everything the quality report shows, already aggregated (bounded bins and samples, so
 * its size does not grow with the corpus). The HTML is rendered from this alone, which is what lets
 * {@code jinglian report --compare} put two finished runs side by side without Spark.
 *
 * @param dedup null when the run had no deduplication stage
 * @param decontam null when the run had no decontamination stage
 * @param keywords the most frequent TextRank keywords per source in the shards; empty without a
 *     {@code keywords} column (null in report data written before keywords existed)
 */
public record ReportData(
    @JsonProperty("format") String format,
    @JsonProperty("run") Run run,
    @JsonProperty("funnel") List<Funnel> funnel,
    @JsonProperty("distributions") Distributions distributions,
    @JsonProperty("samples") Samples samples,
    @JsonProperty("edits") List<EditCount> edits,
    @JsonProperty("dedup") Dedup dedup,
    @JsonProperty("decontam") Decontam decontam,
    @JsonProperty("keywords") List<SourceKeywords> keywords) {

  public static final String FORMAT = "jinglian-report/1";

  /** Report data without a keyword table. */
  public ReportData(String format, Run run, List<Funnel> funnel, Distributions distributions, Samples samples,
      List<EditCount> edits, Dedup dedup, Decontam decontam) {
    this(format, run, funnel, distributions, samples, edits, dedup, decontam, List.of());
  }

  public ReportData {
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException("unsupported report data format '" + format + "' (expected " + FORMAT
          + ")");
    }
  }

  /**
   * What ran: the recipe, its inputs, totals in and out, wall time per stage, budgets.
   *
   * @param recipe the recipe as run, flattened to {@code dotted.key → value} (for display and for --compare)
   * @param stages wall time per stage in run order (not part of the byte-identical outputs)
   */
  public record Run(
      @JsonProperty("recipe_name") String recipeName,
      @JsonProperty("recipe_sha256") String recipeSha256,
      @JsonProperty("jinglian_version") String jinglianVersion,
      @JsonProperty("tokenizer") String tokenizer,
      @JsonProperty("sources") List<Source> sources,
      @JsonProperty("in") In in,
      @JsonProperty("out") Out out,
      @JsonProperty("stages") List<StageTime> stages,
      @JsonProperty("budgets") List<Budget> budgets,
      @JsonProperty("recipe") Map<String, String> recipe) {}

  public record Source(
      @JsonProperty("name") String name,
      @JsonProperty("format") String format,
      @JsonProperty("path") String path,
      @JsonProperty("files") long files) {}

  /** Records read, quarantined, and documents and tokens that reached cleaning. */
  public record In(
      @JsonProperty("records") long records,
      @JsonProperty("quarantined") long quarantined,
      @JsonProperty("docs") long docs,
      @JsonProperty("tokens") long tokens) {}

  /** What the shards hold. */
  public record Out(
      @JsonProperty("shards") int shards,
      @JsonProperty("docs") long docs,
      @JsonProperty("tokens") long tokens,
      @JsonProperty("bytes") long bytes) {}

  public record StageTime(@JsonProperty("stage") String stage, @JsonProperty("millis") long millis) {}

  /**
   * Token budget of one source (and mix stage, when the recipe has stages).
   *
   * @param stage the mix stage, or null for the whole run
   * @param targetTokens the recipe's target, or null when it sets none
   */
  public record Budget(
      @JsonProperty("source") String source,
      @JsonProperty("stage") String stage,
      @JsonProperty("target_tokens") Long targetTokens,
      @JsonProperty("achieved_tokens") long achievedTokens) {}

  /** One source's way through the pipeline: read, quarantined, each (stage, reason) that removed documents, kept. */
  public record Funnel(
      @JsonProperty("source") String source,
      @JsonProperty("read") long read,
      @JsonProperty("quarantined") long quarantined,
      @JsonProperty("refined") Amount refined,
      @JsonProperty("steps") List<Step> steps,
      @JsonProperty("kept") Amount kept) {}

  /** Documents and tokens. */
  public record Amount(@JsonProperty("docs") long docs, @JsonProperty("tokens") long tokens) {}

  /** Documents a stage removed for one reason ({@code family/code}). */
  public record Step(
      @JsonProperty("stage") String stage,
      @JsonProperty("reason") String reason,
      @JsonProperty("docs") long docs,
      @JsonProperty("tokens") long tokens) {}

  /**
   * @param languages documents and tokens per language in (reached cleaning) and out (in the shards), largest
   *     first, the tail folded into {@link DistributionGatherer#OTHER_LANGUAGES}
   * @param langScore language-identification confidence, series {@code in} and {@code out}
   * @param tokens document length in tokens (log bins), series {@code in} and {@code out}
   */
  public record Distributions(
      @JsonProperty("languages") List<LanguageCount> languages,
      @JsonProperty("lang_score") Histogram langScore,
      @JsonProperty("tokens") Histogram tokens,
      @JsonProperty("signals") List<SignalPlot> signals) {}

  public record LanguageCount(
      @JsonProperty("lang") String lang,
      @JsonProperty("in_docs") long inDocs,
      @JsonProperty("out_docs") long outDocs,
      @JsonProperty("in_tokens") long inTokens,
      @JsonProperty("out_tokens") long outTokens) {}

  /**
   * Counts per bin; {@code edges} has one more entry than each series. Values below the first edge are counted in
   * the first bin, values above the last in the last, so the sum of a series is the number of values.
   *
   * @param scale {@code linear} or {@code log}
   */
  public record Histogram(
      @JsonProperty("scale") String scale,
      @JsonProperty("edges") double[] edges,
      @JsonProperty("series") List<Series> series) {}

  public record Series(@JsonProperty("name") String name, @JsonProperty("counts") long[] counts) {}

  /**
   * One quality signal over every document that reached cleaning, split by what the per-document pass did with it:
   * series {@code kept}, {@code this_rule} (dropped by the signal's own family) and {@code other_rules}.
   */
  public record SignalPlot(
      @JsonProperty("signal") String signal,
      @JsonProperty("family") String family,
      @JsonProperty("min") double min,
      @JsonProperty("max") double max,
      @JsonProperty("thresholds") List<Threshold> thresholds,
      @JsonProperty("histogram") Histogram histogram) {}

  public record Samples(
      @JsonProperty("rejected") List<ReasonSamples> rejected,
      @JsonProperty("kept") List<SourceSamples> kept) {}

  /** A few documents one reason dropped, and how many it dropped in all. */
  public record ReasonSamples(
      @JsonProperty("stage") String stage,
      @JsonProperty("reason") String reason,
      @JsonProperty("docs") long docs,
      @JsonProperty("samples") List<Sample> samples) {}

  public record SourceSamples(@JsonProperty("source") String source, @JsonProperty("samples") List<Sample> samples) {}

  /**
   * One document, its text cut to {@link SampleGatherer#TEXT_CHARS} code points on the executors.
   *
   * @param detail for a dropped document, the measured value and the threshold it crossed
   * @param chars length of the full text in code points
   */
  public record Sample(
      @JsonProperty("id") String id,
      @JsonProperty("source") String source,
      @JsonProperty("lang") String lang,
      @JsonProperty("tokens") long tokens,
      @JsonProperty("detail") String detail,
      @JsonProperty("chars") long chars,
      @JsonProperty("text") String text) {}

  /**
   * One kind of text edit made during cleaning (a normalization, a PII redaction such as {@code pii_email}).
   *
   * @param docs documents with at least one such edit
   * @param edits edits in all
   */
  public record EditCount(
      @JsonProperty("kind") String kind,
      @JsonProperty("docs") long docs,
      @JsonProperty("edits") long edits) {}

  /**
   * @param reported whether the dedup stage reported cluster sizes ({@code stats/dedup.json}); when false only the
   *     funnel's dedup reasons are known
   * @param boilerplate the most frequent boilerplate lines removed ({@code dedup.lines}); empty when not run
   */
  public record Dedup(
      @JsonProperty("reported") boolean reported,
      @JsonProperty("cluster_sizes") Histogram clusterSizes,
      @JsonProperty("largest") List<Cluster> largest,
      @JsonProperty("boilerplate") List<DedupStats.Boilerplate> boilerplate) {}

  /** A duplicate cluster: the document kept and some of those dropped as its copies. */
  public record Cluster(
      @JsonProperty("size") long size,
      @JsonProperty("kept") Sample kept,
      @JsonProperty("dropped") List<Sample> dropped) {}

  /** @param byBenchmark documents dropped per benchmark, empty when the stage did not report it */
  public record Decontam(@JsonProperty("by_benchmark") Map<String, Long> byBenchmark) {}

  /** A source's most frequent keywords, most documents first (ties by keyword). */
  public record SourceKeywords(
      @JsonProperty("source") String source,
      @JsonProperty("top") List<KeywordCount> top) {}

  /** A keyword and the number of kept documents among whose keywords it is. */
  public record KeywordCount(@JsonProperty("keyword") String keyword, @JsonProperty("docs") long docs) {}
}
