package dev.jinglian.io;

import java.io.Serializable;

/**
 * A part of one input file that one task reads: the bytes {@code [start, end)}, or the whole file when
 * {@code end < 0}. A line belongs to the split that holds its first byte, so consecutive splits of a file read
 * every line exactly once; {@code firstLine} is the 1-based number, in the whole file, of the split's first line,
 * so that quarantine entries and derived ids name the same line whatever the split size.
 *
 * @param source recipe source name
 * @param path the file
 */
public record FileSplit(String source, String path, long start, long end, long firstLine) implements Serializable {

  public static FileSplit whole(String source, String path) {
    return new FileSplit(source, path, 0, -1, 1);
  }

  public boolean isWholeFile() {
    return end < 0;
  }
}
