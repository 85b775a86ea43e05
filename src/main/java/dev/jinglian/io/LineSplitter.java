package dev.jinglian.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Cuts large uncompressed line-oriented files into byte ranges that tasks read in parallel, and opens such a range
 * at its first line. Planning a file needs its length and whether it is gzip'd (gzip cannot be entered mid-way, so
 * it stays whole); numbering the lines needs the count of line starts in every range before ({@link #lineStarts}),
 * which each range can compute on its own, so a single huge file is scanned in parallel too.
 */
public final class LineSplitter {
  private static final int SCAN_BUFFER = 1 << 16;

  private LineSplitter() {}

  /** Ranges of about {@code splitBytes} covering a file of {@code length} bytes; one range if it is small. */
  public static List<long[]> ranges(long length, long splitBytes) {
    List<long[]> out = new ArrayList<>();
    int parts = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (length + splitBytes / 2) / splitBytes));
    for (int i = 0; i < parts; i++) {
      out.add(new long[] {length * i / parts, length * (i + 1) / parts});
    }
    return out;
  }

  /** Whether {@code file} starts with the gzip magic bytes. */
  public static boolean isGzip(String file, Configuration conf) throws IOException {
    Path path = new Path(file);
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    }
  }

  public static long length(String file, Configuration conf) throws IOException {
    Path path = new Path(file);
    return path.getFileSystem(conf).getFileStatus(path).getLen();
  }

  /**
   * How many lines start in {@code [start, end)}: position 0 when {@code start} is 0, and every position after a
   * {@code \n} (a final {@code \n} at the end of the file starts no line, matching {@link ByteLineReader}).
   */
  public static long lineStarts(String file, Configuration conf, long start, long end) throws IOException {
    if (end <= start) {
      return 0;
    }
    long count = start == 0 ? 1 : 0;
    long from = Math.max(0, start - 1);
    long last = end - 1; // a \n at p starts a line at p + 1, which must be < end
    Path path = new Path(file);
    try (FSDataInputStream in = path.getFileSystem(conf).open(path)) {
      in.seek(from);
      byte[] buf = new byte[SCAN_BUFFER];
      long pos = from;
      while (pos < last) {
        int n = in.read(buf, 0, (int) Math.min(buf.length, last - pos));
        if (n < 0) {
          break;
        }
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            count++;
          }
        }
        pos += n;
      }
    }
    return count;
  }

  /**
   * Opens {@code split} positioned at the first line that starts at or after its start. Returns the stream and
   * that line's byte offset in the file in {@code lineOffset[0]}.
   */
  public static InputStream openAtLine(FileSplit split, Configuration conf, long[] lineOffset) throws IOException {
    Path path = new Path(split.path());
    FileSystem fs = path.getFileSystem(conf);
    FSDataInputStream raw = fs.open(path);
    long pos = split.start();
    if (pos > 0) {
      raw.seek(pos - 1);
      BufferedInputStream in = new BufferedInputStream(raw, SCAN_BUFFER);
      int b = in.read();
      while (b >= 0 && b != '\n') {
        b = in.read();
        pos++;
      }
      lineOffset[0] = pos; // at the end of the file when no line starts in the split
      return in;
    }
    lineOffset[0] = 0;
    return new BufferedInputStream(raw, SCAN_BUFFER);
  }
}
