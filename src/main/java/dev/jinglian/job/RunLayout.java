package dev.jinglian.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Where a run writes. Everything is first written under {@code <out>/_staging/} and moved into place when the
 * run succeeds, {@code manifest.json} last: a directory with a manifest is a finished run; one without is not.
 */
public final class RunLayout {
  public static final String SHARDS = "shards";
  public static final String REJECTED = "rejected";
  public static final String QUARANTINE = "quarantine";
  public static final String STATS = "stats";
  public static final String REPORT = "report";
  public static final String MANIFEST = "manifest.json";
  static final List<String> OUTPUTS = List.of(SHARDS, REJECTED, QUARANTINE, STATS, REPORT);

  private final Path out;
  private final FileSystem fs;

  public RunLayout(String outDir, Configuration conf) {
    try {
      Path p = new Path(outDir);
      this.fs = p.getFileSystem(conf);
      this.out = fs.makeQualified(p);
      fs.setWriteChecksum(false); // no .crc side files next to outputs on the local file system
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open output directory '" + outDir + "': " + e.getMessage(), e);
    }
  }

  public FileSystem fs() {
    return fs;
  }

  public Path out() {
    return out;
  }

  public Path staging() {
    return new Path(out, "_staging");
  }

  /** Checkpoints of the run's stages (the refined work table), kept for resuming and re-tuning. */
  public Path work() {
    return new Path(out, "_work");
  }

  /** A stage's checkpoint directory in the work area: {@code _work/<stage>}. */
  public Path stageWork(String stage) {
    return new Path(work(), stage);
  }

  public Path staged(String name) {
    return new Path(staging(), name);
  }

  public Path finished(String name) {
    return new Path(out, name);
  }

  public boolean isFinishedRun() throws IOException {
    return fs.exists(finished(MANIFEST));
  }

  /**
   * Checks the output directory is the run's own ({@link OutputGuard}), then clears a previous run's outputs (only
   * with --force) and any half-written staging area.
   */
  public void prepare(boolean force, Collection<String> sourcePaths, Collection<String> inputs) throws IOException {
    OutputGuard.check(fs, out, sourcePaths, inputs, force);
    if (isFinishedRun()) {
      if (!force) {
        throw new IllegalStateException("output directory " + out + " already holds a finished run "
            + "(manifest.json); pass --force to overwrite it");
      }
      fs.delete(finished(MANIFEST), false);
      for (String name : OUTPUTS) {
        fs.delete(finished(name), true);
      }
    }
    fs.delete(staging(), true);
    fs.mkdirs(staging());
  }

  /** Moves staged outputs into place, the manifest last. */
  public void commit() throws IOException {
    for (String name : OUTPUTS) {
      Path from = staged(name);
      if (fs.exists(from)) {
        fs.delete(finished(name), true);
        if (!fs.rename(from, finished(name))) {
          throw new IOException("could not move " + from + " to " + finished(name));
        }
      }
    }
    if (!fs.rename(staged(MANIFEST), finished(MANIFEST))) {
      throw new IOException("could not move the manifest into " + out);
    }
    fs.delete(staging(), true);
  }
}
