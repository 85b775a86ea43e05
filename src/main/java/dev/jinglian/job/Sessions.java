package dev.jinglian.job;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Builds the Spark session: the master from spark-submit if there is one, else an embedded local Spark. */
public final class Sessions {
  public static final String LOCAL_DEFAULT = "local[*]";

  private Sessions() {}

  /** The master a session made with {@code explicit} runs on: it, else spark-submit's, else {@link #LOCAL_DEFAULT}. */
  public static String master(String explicit) {
    return explicit != null ? explicit : new SparkConf().get("spark.master", LOCAL_DEFAULT);
  }

  /**
   * @param master explicit master URL, or null to use {@code spark.master} (set by spark-submit) or
   *     {@link #LOCAL_DEFAULT}
   */
  public static SparkSession create(String appName, String master) {
    String chosen = master(master);
    SparkSession.Builder b = SparkSession.builder().appName(appName).master(chosen)
        .config("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false")
        .config("spark.hadoop.parquet.summary.metadata.level", "NONE")
        .config("spark.sql.parquet.compression.codec", "zstd")
        .config("spark.ui.showConsoleProgress", "false");
    if (chosen.startsWith("local")) {
      int cores = Runtime.getRuntime().availableProcessors();
      b.config("spark.driver.bindAddress", System.getProperty("spark.driver.bindAddress", "127.0.0.1"))
          .config("spark.driver.host", System.getProperty("spark.driver.host", "127.0.0.1"))
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, cores * 2)));
    }
    SparkSession spark = b.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
