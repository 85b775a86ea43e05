package dev.jinglian.testing;

import org.apache.spark.sql.SparkSession;

/**
 * The one local[2] Spark session all tests in a JVM share (UI off, few shuffle partitions, loopback only).
 * Starting Spark costs seconds; a session per test class would dominate the suite.
 */
public final class SharedSpark {
  private static SparkSession session;

  private SharedSpark() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      session = SparkSession.builder()
          .appName("jinglian-tests")
          .master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.default.parallelism", "2")
          .config("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false")
          .config("spark.hadoop.parquet.summary.metadata.level", "NONE")
          .getOrCreate();
      session.sparkContext().setLogLevel("ERROR");
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
