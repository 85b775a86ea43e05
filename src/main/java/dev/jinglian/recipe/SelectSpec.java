package dev.jinglian.recipe;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which documents a stage or source may draw from, decided on tag columns alone (no tagger re-runs).
 *
 * @param where a Spark SQL boolean expression over shard columns, e.g. {@code lang = 'zh' AND tokens >= 2000}
 * @param minQuantile signal → q: keep documents whose signal is at least the signal's q-quantile (per source)
 * @param maxQuantile signal → q: keep documents whose signal is at most the signal's q-quantile (per source)
 */
public record SelectSpec(
    @JsonPropertyDescription("Spark SQL boolean expression over shard columns, e.g. \"lang = 'zh' AND tokens >= 2000\"")
    @JsonProperty("where") String where,
    @JsonPropertyDescription("column -> q in [0,1]: keep documents at or above the column's q-quantile within their source")
    @JsonProperty("min_quantile") Map<String, Double> minQuantile,
    @JsonPropertyDescription("column -> q in [0,1]: keep documents at or below the column's q-quantile within their source")
    @JsonProperty("max_quantile") Map<String, Double> maxQuantile) implements Serializable {

  public SelectSpec {
    where = where == null || where.isBlank() ? null : where.strip();
    if (where != null) {
      try {
        org.apache.spark.sql.catalyst.parser.CatalystSqlParser$.MODULE$.parseExpression(where);
      } catch (RuntimeException e) {
        String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
        throw new IllegalArgumentException("where: not a valid Spark SQL expression: " + msg);
      }
    }
    minQuantile = minQuantile == null ? Map.of() : new TreeMap<>(minQuantile);
    maxQuantile = maxQuantile == null ? Map.of() : new TreeMap<>(maxQuantile);
    for (Map.Entry<String, Double> e : minQuantile.entrySet()) {
      checkQuantile("min_quantile", e);
    }
    for (Map.Entry<String, Double> e : maxQuantile.entrySet()) {
      checkQuantile("max_quantile", e);
    }
  }

  private static void checkQuantile(String key, Map.Entry<String, Double> e) {
    if (e.getValue() == null || e.getValue() < 0 || e.getValue() > 1) {
      throw new IllegalArgumentException(key + "." + e.getKey() + " must be in [0, 1], got " + e.getValue());
    }
  }

  public boolean isEmpty() {
    return where == null && minQuantile.isEmpty() && maxQuantile.isEmpty();
  }

  public static SelectSpec all() {
    return new SelectSpec(null, null, null);
  }
}
