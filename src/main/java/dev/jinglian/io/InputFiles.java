package dev.jinglian.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/** Lists a source's files (any Hadoop file system) and opens them, un-gzipping by magic bytes. */
public final class InputFiles {
  private InputFiles() {}

  /**
   * Files matching a path or glob; directories are walked recursively. Hidden files ({@code .x}, {@code _x})
   * are skipped. Sorted by path so that runs are reproducible.
   */
  public static List<String> list(String pathOrGlob, Configuration conf) {
    try {
      Path pattern = new Path(pathOrGlob);
      FileSystem fs = pattern.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(pattern);
      List<String> files = new ArrayList<>();
      if (matches == null) {
        return files;
      }
      boolean local = "file".equals(fs.getUri().getScheme());
      for (FileStatus m : matches) {
        if (m.isDirectory()) {
          if (local) {
            addBrokenLinks(m.getPath(), files);
          }
          RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
          while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            if (!isHidden(f.getPath())) {
              files.add(f.getPath().toString());
            }
          }
        } else if (!isHidden(m.getPath())) {
          files.add(m.getPath().toString());
        }
      }
      return files.stream().distinct().sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input '" + pathOrGlob + "': " + e.getMessage(), e);
    }
  }

  /**
   * Hadoop's local listing leaves out symbolic links whose target is gone; they are listed here so that the
   * reader quarantines them as unreadable instead of their documents silently not being counted.
   */
  private static void addBrokenLinks(Path dir, List<String> files) throws IOException {
    java.nio.file.Path root = java.nio.file.Path.of(dir.toUri());
    try (java.util.stream.Stream<java.nio.file.Path> all = java.nio.file.Files.walk(root)) {
      for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) all::iterator) {
        if (java.nio.file.Files.isSymbolicLink(p) && !java.nio.file.Files.exists(p)
            && !isHidden(new Path(p.getFileName().toString()))) {
          files.add(new Path(p.toUri()).toString());
        }
      }
    }
  }

  private static boolean isHidden(Path p) {
    String n = p.getName();
    return n.startsWith(".") || n.startsWith("_");
  }

  /** Opens a file for reading, transparently decompressing gzip (detected by its magic bytes). */
  public static InputStream open(String file, Configuration conf) throws IOException {
    Path path = new Path(file);
    InputStream raw = new BufferedInputStream(path.getFileSystem(conf).open(path), 1 << 16);
    raw.mark(2);
    int b1 = raw.read();
    int b2 = raw.read();
    raw.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      return new GZIPInputStream(raw, 1 << 16);
    }
    return raw;
  }

  /** The last path component, used in derived ids so that they do not depend on where the data is mounted. */
  public static String fileName(String file) {
    return new Path(file).getName();
  }
}
