package dev.jinglian.dedup;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Materializes an intermediate result as Parquet in the stage's work directory and reads it back: later steps and
 * repeated actions read the file instead of recomputing the lineage (signatures, candidate buckets, iterations).
 * These files are mostly hash values, which neither dictionary encoding nor strong compression shrink: both are
 * off in favour of cheap snappy. Every Spark job has a fixed cost (scheduling, and on a cluster a wave of task
 * launches), so checkpoints cost exactly one: the write (counts ride along as observed metrics).
 */
final class Checkpoints {
  static final String ROWS = "rows";

  private Checkpoints() {}

  static Dataset<Row> save(Dataset<Row> data, Path dir) {
    data.write().mode(SaveMode.Overwrite).option("compression", "snappy").option("parquet.enable.dictionary", "false")
        .parquet(dir.toString());
    // with the schema given, reading back needs no job to infer it from the files' footers
    return data.sparkSession().read().schema(data.schema()).parquet(dir.toString());
  }

  /** A saved checkpoint with aggregates computed while it was written. */
  record Saved(Dataset<Row> data, Map<String, Object> observed) {
    long rows() {
      return (Long) observed.get(ROWS);
    }

    long get(String name) {
      Object v = observed.get(name);
      return v == null ? 0 : ((Number) v).longValue();
    }
  }

  /**
   * Saves {@code data} and counts its rows ({@link Saved#rows()}) and any {@code more} aggregates (named with
   * {@code as}) in the same pass, as observed metrics of the write: no second Spark job to count.
   */
  static Saved saveCounted(Dataset<Row> data, Path dir, Column... more) {
    Observation observation = new Observation(dir.getName());
    Dataset<Row> observed = data.observe(observation, count(lit(1)).as(ROWS), more);
    Dataset<Row> saved = save(observed, dir);
    try {
      return new Saved(saved, observation.getAsJava()); // the write has finished: returns at once
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the metrics of " + dir, e);
    }
  }
}
