package dev.jinglian.job;

import dev.jinglian.recipe.Recipe;
import dev.jinglian.recipe.RecipeLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;

/**
 * Lets a run that crashed after a stage skip that stage when re-run. After the stage's output is fully written,
 * a marker {@code <stage output>.done} is written holding a fingerprint: SHA-256 of the recipe hash (which leaves
 * out the output directory) and every input file's path, size and modification time. A re-run reuses the output
 * only if the marker exists and matches; any change to the recipe or the inputs (or {@code --force}) recomputes.
 *
 * <p>A stage that also writes side outputs into the staging area (its statistics files) has them copied to
 * {@code <stage output>.side/} when it completes; a resumed run puts them back, because a new run starts with an
 * empty staging area.
 */
final class StageCheckpoint {
  private final FileSystem fs;
  private final Path output;
  private final String fingerprint;

  StageCheckpoint(FileSystem fs, Path output, String fingerprint) {
    this.fs = fs;
    this.output = output;
    this.fingerprint = fingerprint;
  }

  static String fingerprint(Recipe recipe, Map<String, List<String>> filesBySource, Configuration conf)
      throws IOException {
    StringBuilder b = new StringBuilder(RecipeLoader.sha256(recipe)).append('\n');
    for (Map.Entry<String, List<String>> e : filesBySource.entrySet()) {
      for (String f : e.getValue()) {
        Path p = new Path(f);
        FileStatus st = p.getFileSystem(conf).getFileStatus(p);
        b.append(e.getKey()).append('\t').append(f).append('\t').append(st.getLen()).append('\t')
            .append(st.getModificationTime()).append('\n');
      }
    }
    return DigestUtils.sha256Hex(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  private Path marker() {
    return output.suffix(".done");
  }

  private Path sideCopy() {
    return output.suffix(".side");
  }

  /**
   * Whether the stage's output is reused: only if {@code mayResume} (no {@code --force}, and every stage before it
   * was reused) and it completed for the same recipe and inputs. Otherwise its previous completion is forgotten, and
   * the caller recomputes the output and then calls {@link #markDone}.
   */
  boolean resume(boolean mayResume) throws IOException {
    if (mayResume && isDone()) {
      return true;
    }
    clear();
    return false;
  }

  /** True when the stage output exists and was completed for the same recipe and inputs. */
  private boolean isDone() throws IOException {
    if (!fs.exists(output) || !fs.exists(marker())) {
      return false;
    }
    try (var in = fs.open(marker())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).equals(fingerprint);
    }
  }

  /** Forgets a previous completion (before the stage output is rewritten). */
  private void clear() throws IOException {
    fs.delete(marker(), false);
    fs.delete(sideCopy(), true);
  }

  void markDone() throws IOException {
    try (FSDataOutputStream out = fs.create(marker(), true)) {
      out.write(fingerprint.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Records completion, keeping a copy of every file now in {@code sideOutputs} for {@link #restoreSideOutputs}. */
  void markDone(Path sideOutputs) throws IOException {
    copyEntries(sideOutputs, sideCopy());
    markDone();
  }

  /** Puts the side outputs saved at completion back into {@code sideOutputs}, replacing files of the same name. */
  void restoreSideOutputs(Path sideOutputs) throws IOException {
    copyEntries(sideCopy(), sideOutputs);
  }

  private void copyEntries(Path from, Path to) throws IOException {
    fs.mkdirs(to);
    if (!fs.exists(from)) {
      return;
    }
    for (FileStatus entry : fs.listStatus(from)) {
      Path target = new Path(to, entry.getPath().getName());
      if (!FileUtil.copy(fs, entry.getPath(), fs, target, false, true, fs.getConf())) {
        throw new IOException("could not copy " + entry.getPath() + " to " + target);
      }
    }
  }
}
