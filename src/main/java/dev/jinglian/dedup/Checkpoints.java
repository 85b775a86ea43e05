package dev.jinglian.dedup;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Materializes an intermediate result as Parquet in the stage's work directory and reads it back: later steps and
 * repeated actions read the file instead of recomputing the lineage (signatures, candidate buckets, iterations).
 * These files are mostly hash values, which neither dictionary encoding nor strong compression shrink: both are
 * off in favour of cheap snappy.
 */
final class Checkpoints {
  private Checkpoints() {}

  static Dataset<Row> save(Dataset<Row> data, Path dir) {
    data.write().mode(SaveMode.Overwrite).option("compression", "snappy").option("parquet.enable.dictionary", "false")
        .parquet(dir.toString());
    return data.sparkSession().read().parquet(dir.toString());
  }
}
