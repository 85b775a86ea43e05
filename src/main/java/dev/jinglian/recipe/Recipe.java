package dev.jinglian.recipe;

import com.fasterxml.jackson.annotation.JsonProperty;
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
    @JsonProperty(value = "name", required = true) String name,
    @JsonProperty("seed") Long seed,
    @JsonProperty(value = "output", required = true) String output,
    @JsonProperty(value = "sources", required = true) List<SourceSpec> sources,
    @JsonProperty("input") InputLimits input,
    @JsonProperty("normalize") NormalizeSpec normalize,
    @JsonProperty("tokenizer") TokenizerSpec tokenizer,
    @JsonProperty("filters") FilterSpecs filters,
    @JsonProperty("shards") ShardSpec shards,
    @JsonProperty("decontaminate") DecontaminateSpec decontaminate) implements Serializable {

  public static final long SEED_DEFAULT = 42L;

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
  }

  public SourceSpec source(String sourceName) {
    return sources.stream().filter(s -> s.name().equals(sourceName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown source '" + sourceName + "'"));
  }

  /** The same recipe writing to another output directory. */
  public Recipe withOutput(String newOutput) {
    return new Recipe(name, seed, newOutput, sources, input, normalize, tokenizer, filters, shards,
        decontaminate);
  }
}
