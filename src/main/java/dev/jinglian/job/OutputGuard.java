package dev.jinglian.job;

import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Refuses output directories where a run would destroy or re-read data that is not its own. A run deletes and
 * renames under its output directory, so the directory must be one Jinglian owns:
 * <ul>
 *   <li>never a file system root or the user's home directory;</li>
 *   <li>never a directory holding an input file (a forced re-run would delete inputs), nor a directory inside a
 *       directory a source names (the next run would read the previous run's output as input). An output next
 *       to a single input file ({@code data/corpus.jsonl}, {@code data/out}) is fine: nothing reads it;</li>
 *   <li>an existing directory only if it is empty or holds nothing but a run's own entries (a finished or
 *       crashed run), unless {@code --force}; even with {@code --force} only the run's own entries are deleted.</li>
 * </ul>
 */
final class OutputGuard {
  /** Names a run writes at the top of its output directory. */
  static final Set<String> OWN_ENTRIES = Set.of(RunLayout.SHARDS, RunLayout.REJECTED, RunLayout.QUARANTINE,
      RunLayout.STATS, RunLayout.REPORT, RunLayout.MANIFEST, "_staging", "_work");

  private OutputGuard() {}

  /**
   * @param out the qualified output directory
   * @param sourcePaths every source's path or glob, as in the recipe
   * @param inputs qualified paths of every input file of the recipe
   */
  static void check(FileSystem fs, Path out, Collection<String> sourcePaths, Collection<String> inputs,
      boolean force) throws IOException {
    if (out.isRoot()) {
      throw new IllegalArgumentException("output directory " + out + " is a file system root; give a directory "
          + "of its own to the run");
    }
    String home = System.getProperty("user.home");
    if (home != null && "file".equals(out.toUri().getScheme()) && samePath(out, new Path(home))) {
      throw new IllegalArgumentException("output directory " + out + " is the home directory; give a directory "
          + "of its own to the run");
    }
    for (String input : inputs) {
      Path in = new Path(input);
      if (isWithin(in, out)) {
        throw new IllegalArgumentException("output directory " + out + " contains the input file " + in
            + "; write the run somewhere else");
      }
    }
    for (String source : sourcePaths) {
      Path pattern = new Path(source);
      FileStatus[] matches = pattern.getFileSystem(fs.getConf()).globStatus(pattern);
      for (FileStatus m : matches == null ? new FileStatus[0] : matches) {
        if (m.isDirectory() && isWithin(out, m.getPath())) {
          throw new IllegalArgumentException("output directory " + out + " is inside the input directory "
              + m.getPath() + " (source path '" + source + "'); the next run would read this run's output");
        }
      }
    }
    if (!fs.exists(out)) {
      return;
    }
    if (!fs.getFileStatus(out).isDirectory()) {
      throw new IllegalArgumentException("output " + out + " is an existing file, not a directory");
    }
    for (FileStatus entry : fs.listStatus(out)) {
      String name = entry.getPath().getName();
      if (!OWN_ENTRIES.contains(name) && !force) {
        throw new IllegalArgumentException("output directory " + out + " is not empty and not a Jinglian run ("
            + "it holds '" + name + "'); choose an empty directory, or pass --force to write the run's entries "
            + "next to the existing files (they are left alone)");
      }
    }
  }

  /** True when {@code path} is {@code dir} or below it (same scheme and authority, whole path components). */
  static boolean isWithin(Path path, Path dir) {
    if (dir == null) {
      return false;
    }
    if (!sameFileSystem(path, dir)) {
      return false;
    }
    String p = path.toUri().getPath();
    String d = dir.toUri().getPath();
    if (d.endsWith("/")) {
      return p.startsWith(d);
    }
    return p.equals(d) || p.startsWith(d + "/");
  }

  private static boolean samePath(Path a, Path b) {
    return a.toUri().getPath().equals(b.toUri().getPath());
  }

  private static boolean sameFileSystem(Path a, Path b) {
    String sa = a.toUri().getScheme();
    String sb = b.toUri().getScheme();
    if (sa != null && sb != null && !sa.equals(sb)) {
      return false;
    }
    String aa = a.toUri().getAuthority();
    String ab = b.toUri().getAuthority();
    return aa == null || ab == null || aa.equals(ab);
  }
}
