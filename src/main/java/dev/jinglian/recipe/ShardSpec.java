package dev.jinglian.recipe;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;

/**
 * How kept documents are cut into Parquet shards.
 *
 * @param targetTokens approximate tokens per shard (documents are spread over shards by a seeded hash)
 * @param compression Parquet compression codec: {@code zstd} (default), {@code snappy}, {@code gzip}, {@code none}
 * @param tokenIds also write each document's BPE token ids (column {@code token_ids}, {@code array<int>}, in the
 *     manifest's encoding, ordinary text only: no special tokens, no end-of-text marker), so a training loader or
 *     {@code jinglian proxy} reads ids instead of re-tokenizing; off by default (ids are ~4 bytes per token)
 */
public record ShardSpec(
    @JsonPropertyDescription("approximate tokens per shard")
    @JsonProperty("target_tokens") Long targetTokens,
    @JsonPropertyDescription("Parquet compression: zstd, snappy, gzip or none")
    @JsonProperty("compression") String compression,
    @JsonPropertyDescription("also write each document's BPE token ids (array<int>) for training loaders and proxy models")
    @JsonProperty("token_ids") Boolean tokenIds) implements Serializable {

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
    tokenIds = tokenIds != null && tokenIds;
  }

  public static ShardSpec defaults() {
    return new ShardSpec(null, null, null);
  }
}
