package dev.jinglian.cli;

import dev.jinglian.io.InputFiles;
import dev.jinglian.io.ParquetJsonExporter;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jinglian export <parquet-dir>}: reads shards, rejected or quarantine output back as JSON lines. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Read Parquet output (shards/, rejected/, quarantine/ or one file) back as JSON lines.")
final class ExportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "PARQUET", description = "a Parquet file or a directory of them")
  String input;

  @Option(names = "--format", defaultValue = "jsonl", description = "output format (only: ${DEFAULT-VALUE})")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of standard output")
  Path output;

  @Option(names = "--limit", defaultValue = "" + Long.MAX_VALUE, description = "export at most this many rows")
  long limit;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("jsonl")) {
      throw new IllegalArgumentException("unsupported export format '" + format + "' (supported: jsonl)");
    }
    Configuration conf = new Configuration();
    List<String> files = InputFiles.list(input, conf).stream().filter(f -> f.endsWith(".parquet")).toList();
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no Parquet files at '" + input + "'");
    }
    OutputStream out = output == null ? System.out : Files.newOutputStream(output);
    try (OutputStream buffered = new BufferedOutputStream(out, 1 << 16)) {
      long rows = new ParquetJsonExporter().export(files, conf, buffered, limit);
      if (output != null) {
        System.err.println("exported " + rows + " rows to " + output);
      }
    }
    return 0;
  }
}
