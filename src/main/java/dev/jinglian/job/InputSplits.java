package dev.jinglian.job;

import dev.jinglian.io.FileSplit;
import dev.jinglian.io.LineSplitter;
import dev.jinglian.io.SourceReader;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.util.SerializableConf;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Decides which task reads what: every input file whole, except uncompressed JSON Lines files larger than
 * {@code input.split_bytes}, which are cut into byte ranges so that one huge file is read by many tasks. Two small
 * Spark jobs do the file-system work on the executors: one looks up each file's length and gzip magic, one counts
 * the line starts in each range (so every range knows the file-wide number of its first line). Only the list of
 * splits reaches the driver: one entry per file or per range.
 */
final class InputSplits {
  private InputSplits() {}

  static List<FileSplit> plan(JavaSparkContext jsc, Recipe recipe, List<FileSplit> wholeFiles,
      SerializableConf conf) {
    if (wholeFiles.isEmpty()) {
      return wholeFiles;
    }
    int slices = Math.min(wholeFiles.size(), Math.max(1, jsc.defaultParallelism() * 8));
    long splitBytes = recipe.input().splitBytes();
    List<FileSplit> planned = jsc.parallelize(wholeFiles, slices)
        .flatMap(f -> ranges(recipe, f, splitBytes, conf).iterator()).collect();
    List<FileSplit> ranged = planned.stream().filter(s -> !s.isWholeFile()).toList();
    if (ranged.isEmpty()) {
      return planned;
    }
    List<Long> starts = jsc.parallelize(ranged, Math.min(ranged.size(), Math.max(1, jsc.defaultParallelism() * 8)))
        .map(s -> LineSplitter.lineStarts(s.path(), conf.get(), s.start(), s.end())).collect();
    Map<String, Long> linesSoFar = new HashMap<>();
    List<FileSplit> out = new ArrayList<>(planned.size());
    int next = 0;
    for (FileSplit s : planned) {
      if (s.isWholeFile()) {
        out.add(s);
        continue;
      }
      long before = linesSoFar.getOrDefault(s.path(), 0L);
      out.add(new FileSplit(s.source(), s.path(), s.start(), s.end(), before + 1));
      linesSoFar.put(s.path(), before + starts.get(next++));
    }
    return out;
  }

  /** The ranges of one file, or the file whole when it is small, compressed, not line-oriented or unreadable. */
  private static List<FileSplit> ranges(Recipe recipe, FileSplit file, long splitBytes, SerializableConf conf) {
    if (!new SourceReader(recipe.source(file.source()), recipe.input()).splittable()) {
      return List.of(file);
    }
    try {
      long length = LineSplitter.length(file.path(), conf.get());
      if (length <= splitBytes + splitBytes / 2 || LineSplitter.isGzip(file.path(), conf.get())) {
        return List.of(file);
      }
      List<FileSplit> out = new ArrayList<>();
      for (long[] r : LineSplitter.ranges(length, splitBytes)) {
        out.add(new FileSplit(file.source(), file.path(), r[0], r[1], -1));
      }
      return out;
    } catch (IOException | RuntimeException e) {
      // the reader reports the file as unreadable, with the reason, in quarantine/
      return Collections.singletonList(file);
    }
  }
}
