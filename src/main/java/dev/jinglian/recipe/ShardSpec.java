package dev.jinglian.recipe;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;

/**
 * How kept documents are cut into Parquet shards.
 *
 * @param targetTokens approximate tokens per shard (documents are spread over shards by a seeded hash)
 * @param compression Parquet compression codec: {@code zstd} (default), {@code snappy}, {@code gzip}, {@code none}
 */
public record ShardSpec(
    @JsonProperty("target_tokens") Long targetTokens,
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
