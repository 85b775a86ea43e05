package dev.jinglian.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jinglian.job.RunLayout;
import dev.jinglian.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Reads what a finished run kept per source (its manifest), for planning the next run's mix. */
final class PreviousRun {
  private PreviousRun() {}

  /** Source → clean (kept) tokens of the finished run in {@code runDir}; empty when there is none. */
  static Map<String, Long> cleanTokens(String runDir, Configuration conf) {
    Map<String, Long> out = new TreeMap<>();
    try {
      Path manifest = new Path(runDir, RunLayout.MANIFEST);
      FileSystem fs = manifest.getFileSystem(conf);
      if (!fs.exists(manifest)) {
        return out;
      }
      try (InputStream in = fs.open(manifest)) {
        JsonNode m = Json.MAPPER.readTree(in);
        m.path("sources").fields().forEachRemaining(e ->
            out.put(e.getKey(), e.getValue().path("kept").path("tokens").asLong()));
      }
    } catch (IOException e) {
      System.err.println("warning: cannot read the previous run at " + runDir + ": " + e.getMessage());
    }
    return out;
  }
}
