package dev.jinglian.stats;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * {@code stats/decontam.json}, written by a decontamination stage for the report: documents dropped per benchmark
 * (the funnel already counts them per reason).
 */
public record DecontamStats(@JsonProperty("by_benchmark") Map<String, Long> byBenchmark) {
  public static final String FILE = "decontam.json";

  public DecontamStats {
    byBenchmark = byBenchmark == null ? Map.of() : Map.copyOf(byBenchmark);
  }
}
