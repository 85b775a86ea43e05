package dev.jinglian.recipe;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.jinglian.dedup.DedupSpec;
import dev.jinglian.filter.FilterSpecs;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A data recipe: which sources to read, how to clean them, and where and how to write the shards.
 * Bound from YAML by {@link RecipeLoader}; every section has documented defaults.
 */
public record Recipe(
    @JsonPropertyDescription("recipe name, shown in the manifest and report")
    @JsonProperty(value = "name", required = true) String name,
    @JsonPropertyDescription("seed of every random choice (shard order, mixing samples); same seed and input give the same bytes")
    @JsonProperty("seed") Long seed,
    @JsonPropertyDescription("run directory (any Hadoop file system); relative paths are taken from the working directory")
    @JsonProperty(value = "output", required = true) String output,
    @JsonPropertyDescription("input sources, at least one")
    @JsonProperty(value = "sources", required = true) List<SourceSpec> sources,
    @JsonPropertyDescription("guards applied while reading")
    @JsonProperty("input") InputLimits input,
    @JsonPropertyDescription("text normalization before tagging")
    @JsonProperty("normalize") NormalizeSpec normalize,
    @JsonPropertyDescription("BPE encoding for token counts and HanLP segmenter for word counts")
    @JsonProperty("tokenizer") TokenizerSpec tokenizer,
    @JsonPropertyDescription("filter family -> parameters; families not named run with their defaults when on by default")
    @JsonProperty("filters") FilterSpecs filters,
    @JsonPropertyDescription("how kept documents are cut into Parquet shards")
    @JsonProperty("shards") ShardSpec shards,
    @JsonPropertyDescription("one data mix (token budget and per-source targets); without mix or stages every kept document is written")
    @JsonProperty("mix") MixSpec mix,
    @JsonPropertyDescription("curriculum: ordered stages, each with its own mix, written to shards/<stage>/")
    @JsonProperty("stages") List<StageSpec> stages,
    @JsonPropertyDescription("benchmark decontamination: drop or cut documents that contain benchmark items; absent: not run")
    @JsonProperty("decontaminate") DecontaminateSpec decontaminate,
    @JsonPropertyDescription("deduplication: exact (normalized text hash), then MinHash LSH near duplicates, both on by default; optional removal of boilerplate lines repeated across documents (off by default)")
    @JsonProperty("dedup") DedupSpec dedup) implements Serializable {

  public static final long SEED_DEFAULT = 42L;
  /** Name of the one stage of a recipe with a plain {@code mix}. */
  public static final String SINGLE_STAGE = "main";

  public Recipe {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("recipe needs a name");
    }
    if (output == null || output.isBlank()) {
      throw new IllegalArgumentException("recipe needs an output directory");
    }
    if (sources == null || sources.isEmpty()) {
      throw new IllegalArgumentException("recipe needs at least one source");
    }
    Set<String> names = new HashSet<>();
    for (SourceSpec s : sources) {
      if (!names.add(s.name())) {
        throw new IllegalArgumentException("source name '" + s.name() + "' is used twice");
      }
    }
    sources = List.copyOf(sources);
    seed = seed == null ? SEED_DEFAULT : seed;
    input = input == null ? InputLimits.defaults() : input;
    normalize = normalize == null ? NormalizeSpec.defaults() : normalize;
    tokenizer = tokenizer == null ? TokenizerSpec.defaults() : tokenizer;
    filters = filters == null ? FilterSpecs.defaults() : filters;
    shards = shards == null ? ShardSpec.defaults() : shards;
    // decontaminate stays null when absent: the stage needs benchmarks and does not run without them
    stages = stages == null ? List.of() : List.copyOf(stages);
    dedup = dedup == null ? DedupSpec.defaults() : dedup;
    checkMixes(names, mix, stages);
  }

  private static void checkMixes(Set<String> sourceNames, MixSpec mix, List<StageSpec> stages) {
    if (mix != null && !stages.isEmpty()) {
      throw new KeyException(List.of("mix"), "give either mix (one stage) or stages (a curriculum), not both");
    }
    if (mix != null) {
      checkSources(sourceNames, mix, List.of("mix", "sources"));
    }
    Set<String> stageNames = new HashSet<>();
    for (int i = 0; i < stages.size(); i++) {
      StageSpec st = stages.get(i);
      if (!stageNames.add(st.name())) {
        throw new KeyException(List.of("stages", i, "name"), "stage name '" + st.name() + "' is used twice");
      }
      checkSources(sourceNames, st.mix(), List.of("stages", i, "mix", "sources"));
    }
  }

  private static void checkSources(Set<String> sourceNames, MixSpec mix, List<Object> at) {
    for (String s : mix.sources().keySet()) {
      if (!sourceNames.contains(s)) {
        List<Object> path = new java.util.ArrayList<>(at);
        path.add(s);
        throw new KeyException(path, "unknown source '" + s + "' (sources: "
            + String.join(", ", new java.util.TreeSet<>(sourceNames)) + ")");
      }
    }
  }

  /** The mixing stages to run, in curriculum order; empty when the recipe has no mix (every kept doc is written). */
  public List<StageSpec> mixStages() {
    if (mix != null) {
      return List.of(new StageSpec(SINGLE_STAGE, mix));
    }
    return stages;
  }

  /** Whether shards are grouped per curriculum stage ({@code shards/<stage>/}). */
  public boolean hasCurriculum() {
    return !stages.isEmpty();
  }

  public SourceSpec source(String sourceName) {
    return sources.stream().filter(s -> s.name().equals(sourceName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown source '" + sourceName + "'"));
  }

  /** The filters that apply to {@code sourceName}: the recipe's, with the source's own overrides. */
  public FilterSpecs filtersFor(String sourceName) {
    return filters.withOverrides(source(sourceName).filters());
  }

  /** The same recipe writing to another output directory. */
  public Recipe withOutput(String newOutput) {
    return new Recipe(name, seed, newOutput, sources, input, normalize, tokenizer, filters, shards, mix, stages,
        decontaminate, dedup);
  }
}
