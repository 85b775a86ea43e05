package dev.jinglian.shard;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.jinglian.stats.Counts;
import java.util.Map;

/** One written shard as listed in the manifest. */
public record ShardInfo(
    @JsonProperty("path") String path,
    @JsonProperty("docs") long docs,
    @JsonProperty("tokens") long tokens,
    @JsonProperty("bytes") long bytes,
    @JsonProperty("sha256") String sha256,
    @JsonProperty("sources") Map<String, Counts> sources) {}
