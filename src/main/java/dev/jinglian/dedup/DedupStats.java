package dev.jinglian.dedup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jinglian.job.RunLayout;
import dev.jinglian.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes {@code stats/dedup.json}: one section per dedup stage ({@code exact}, {@code near}) with its counts and
 * cluster-size distribution, for the report. Each stage adds its section to what earlier stages wrote.
 */
final class DedupStats {
  static final String FILE = "dedup.json";

  private DedupStats() {}

  static void put(RunLayout layout, String section, Object value) {
    FileSystem fs = layout.fs();
    Path dir = layout.staged(RunLayout.STATS);
    Path file = new Path(dir, FILE);
    try {
      fs.mkdirs(dir);
      ObjectNode root;
      if (fs.exists(file)) {
        try (InputStream in = fs.open(file)) {
          root = (ObjectNode) Json.MAPPER.readTree(in);
        }
      } else {
        root = Json.MAPPER.createObjectNode();
      }
      root.set(section, Json.MAPPER.valueToTree(value));
      Json.write(root, file, fs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
