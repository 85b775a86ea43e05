package dev.jinglian.cli;

import picocli.CommandLine.Option;

/** The {@code --master} option of the commands that start Spark. */
final class SparkMasterOption {
  @Option(names = "--master", paramLabel = "URL", defaultValue = "",
      description = "Spark master (default: spark-submit's, else local[*])")
  String master;

  /** The master URL, or null to let {@link dev.jinglian.job.Sessions} choose. */
  String orNull() {
    return master.isEmpty() ? null : master;
  }
}
