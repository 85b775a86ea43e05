package dev.jinglian.shard;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.stats.Counts;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}: what a training loader needs to consume a run, and nothing that varies between two runs
 * of the same recipe on the same input (no timestamps, no wall times: those are in {@code stats/}).
 */
public record Manifest(
    @JsonProperty("format") String format,
    @JsonProperty("jinglian_version") String jinglianVersion,
    @JsonProperty("recipe_name") String recipeName,
    @JsonProperty("recipe_sha256") String recipeSha256,
    @JsonProperty("recipe") Recipe recipe,
    @JsonProperty("tokenizer") Tokenizer tokenizer,
    @JsonProperty("totals") Totals totals,
    @JsonProperty("shards") List<ShardInfo> shards,
    @JsonProperty("sources") Map<String, SourceSummary> sources,
    @JsonProperty("stages") List<Stage> stages) {

  public static final String FORMAT = "jinglian-run/1";

  /**
   * The tokenizer the {@code tokens} column counts in; {@code token_ids} says whether shards also carry the ids
   * (column {@code token_ids}: ordinary-text ids in this encoding, no special tokens added).
   */
  public record Tokenizer(
      @JsonProperty("encoding") String encoding,
      @JsonProperty("vocab_size") int vocabSize,
      @JsonProperty("word_segmenter") String wordSegmenter,
      @JsonProperty("token_ids") boolean tokenIds) {}

  public record Totals(
      @JsonProperty("shards") int shards,
      @JsonProperty("docs") long docs,
      @JsonProperty("tokens") long tokens,
      @JsonProperty("bytes") long bytes) {}

  /**
   * One mixing stage in curriculum order (empty list when the recipe has no mix): its shards and, per source,
   * available clean tokens, target, achieved and whether the target was met (with the reason when not).
   */
  public record Stage(
      @JsonProperty("name") String name,
      @JsonProperty("order") int order,
      @JsonProperty("shards") List<String> shards,
      @JsonProperty("sources") Map<String, dev.jinglian.mix.SourceOutcome> sources) {}

  /**
   * Per source: records read, quarantined, what reached cleaning, rejected and kept; {@code target_tokens} is the
   * recipe's mix target (null when the recipe sets none) and {@code achieved_tokens} what the shards hold.
   */
  public record SourceSummary(
      @JsonProperty("files") long files,
      @JsonProperty("records_read") long recordsRead,
      @JsonProperty("quarantined") long quarantined,
      @JsonProperty("cleaned_in") Counts cleanedIn,
      @JsonProperty("rejected") Counts rejected,
      @JsonProperty("kept") Counts kept,
      @JsonProperty("target_tokens") Long targetTokens,
      @JsonProperty("achieved_tokens") long achievedTokens) {}
}
