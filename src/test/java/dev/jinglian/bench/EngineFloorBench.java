package dev.jinglian.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.xxhash64;

import dev.jinglian.job.Sessions;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What Spark alone costs for the backbone's input and output, with no per-document work, in a fresh JVM.
 *
 * <ul>
 *   <li>{@code table}: the backbone's shape. Read the JSON Lines corpus with Spark's own JSON reader, write it as a
 *       zstd Parquet table, read that back, hash-partition it into shards, sort each shard by key and write the
 *       shards as zstd Parquet. The backbone does all of this plus normalization, language identification, words
 *       and tokens (and its counts and report), so its wall time can never be below this one's.
 *   <li>{@code direct}: the same shards straight from the JSON with no table in between: the least any Spark job
 *       that reads this corpus and writes sorted shards can take.
 * </ul>
 *
 * <p>Usage: {@code bench/engine-floor.sh [SIZE_MB] [CORES]}; arguments: corpus dir, scratch dir, cores, shards,
 * mode.
 */
public final class EngineFloorBench {
  private EngineFloorBench() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path scratch = Path.of(args[1]);
    int cores = Integer.parseInt(args[2]);
    int shards = Integer.parseInt(args[3]);
    boolean direct = args[4].equals("direct");
    long bytes;
    try (Stream<Path> files = Files.list(corpus)) {
      bytes = files.mapToLong(p -> p.toFile().length()).sum();
    }
    long beforeMain = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    long t0 = System.nanoTime();
    SparkSession spark = Sessions.create("engine-floor", "local[" + cores + "]");
    // the backbone reads uncompressed JSON Lines in 32 MB ranges (input.split_bytes); so does this
    spark.conf().set("spark.sql.files.maxPartitionBytes", String.valueOf(32L << 20));
    spark.conf().set("spark.sql.files.openCostInBytes", "0");
    long tSession = System.nanoTime();

    Dataset<Row> json = spark.read().schema("id STRING, text STRING").json(corpus.toString());
    Dataset<Row> docs = json;
    if (!direct) {
      String table = scratch.resolve("table").toString();
      json.write().mode("overwrite").option("parquet.enable.dictionary", "false").parquet(table);
      docs = spark.read().parquet(table);
    }
    long tTable = System.nanoTime();
    docs.withColumn("_order", xxhash64(lit(1L), col("id")))
        .repartition(shards, col("_order")).sortWithinPartitions(col("_order"), col("id")).drop("_order")
        .write().mode("overwrite").option("parquet.enable.dictionary", "false")
        .parquet(scratch.resolve("shards").toString());
    long tShards = System.nanoTime();
    spark.stop();

    double mb = bytes / 1e6;
    double fromStart = beforeMain / 1e3 + (tShards - t0) / 1e9;
    System.out.printf("engine floor (%s): %.0f MB on local[%d], %d shards%n", args[4], mb, cores, shards);
    System.out.printf("  JVM start %.1f s, Spark session %.1f s%s, shuffle + sort + write shards %.1f s%n",
        beforeMain / 1e3, (tSession - t0) / 1e9,
        direct ? "" : String.format(", read JSON + write table %.1f s", (tTable - tSession) / 1e9),
        (tShards - tTable) / 1e9);
    System.out.printf("  from JVM start to the last shard %.1f s = %.2f MB/s per core%n", fromStart,
        mb / fromStart / cores);
  }
}
