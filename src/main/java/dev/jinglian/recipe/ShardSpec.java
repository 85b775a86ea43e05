package dev.jinglian.recipe;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;

/**
 * How kept documents are cut into Parquet shards.
 *
 * @param targetTokens approximate tokens per shard (documents are spread over shards by a seeded hash)
 * @param compression Parquet compression codec: {@code zstd} (default), {@code snappy}, {@code gzip}, {@code none}
 */
public record ShardSpec(
    @JsonPropertyDescription("approximate tokens per shard")
    @JsonProperty("target_tokens") Long targetTokens,
    @JsonPropertyDescription("Parquet compression: zstd, snappy, gzip or none")
    @JsonProperty("compression") String compression) implements Serializable {

  public static final long TARGET_TOKENS_DEFAULT = 100_000_000L;
  public static final String COMPRESSION_DEFAULT = "zstd";

  public ShardSpec {
    targetTokens = targetTokens == null ? TARGET_TOKENS_DEFAULT : targetTokens;
    if (targetTokens < 1) {
      throw new IllegalArgumentException("shards.target_tokens must be positive, got " + targetTokens);
    }
    compression = compression == null ? COMPRESSION_DEFAULT : compression;
    if (!java.util.Set.of("zstd", "snappy", "gzip", "none").contains(compression)) {
      throw new IllegalArgumentException("shards.compression must be zstd, snappy, gzip or none, got '" + compression + "'");
    }
  }

  public static ShardSpec defaults() {
    return new ShardSpec(null, null);
  }
}
