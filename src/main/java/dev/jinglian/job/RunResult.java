package dev.jinglian.job;

import dev.jinglian.shard.Manifest;
import dev.jinglian.stats.RunStats;
import java.util.Map;

/** The outcome of a run: where it wrote, its manifest and its per-source funnels. */
public record RunResult(String outputDir, Manifest manifest, RunStats stats, Map<String, Long> stageMillis) {}
