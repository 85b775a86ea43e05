package dev.jinglian.shard;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.PageEncodingStats;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/**
 * Puts a Parquet footer's per-column encoding lists in a fixed order. parquet-mr collects a column's encodings
 * in a {@code HashSet} of enum constants, whose iteration order follows identity hash codes and so differs from
 * one JVM to the next: the same rows written by two processes (a local run and a cluster run, or two local runs)
 * got footers that differ in the order of that list, hence different file bytes and SHA-256. Sorting the list
 * (and the encoding statistics) by encoding number restores "same recipe, same bytes" across processes.
 */
final class ParquetFooters {
  private static final byte[] MAGIC = {'P', 'A', 'R', '1'};

  private ParquetFooters() {}

  /** Rewrites {@code file} with a canonical footer if its footer is not canonical already. */
  static void canonicalize(FileSystem fs, Path file) throws IOException {
    long len = fs.getFileStatus(file).getLen();
    byte[] footer;
    try (FSDataInputStream in = fs.open(file)) {
      byte[] tail = new byte[8];
      in.readFully(len - 8, tail);
      int footerLen = (tail[0] & 0xff) | (tail[1] & 0xff) << 8 | (tail[2] & 0xff) << 16 | (tail[3] & 0xff) << 24;
      if (!Arrays.equals(Arrays.copyOfRange(tail, 4, 8), MAGIC) || footerLen <= 0 || footerLen > len - 12) {
        throw new IOException("not a plain Parquet file: " + file);
      }
      footer = new byte[footerLen];
      in.readFully(len - 8 - footerLen, footer);
    }
    FileMetaData meta = Util.readFileMetaData(new ByteArrayInputStream(footer));
    for (RowGroup g : meta.getRow_groups()) {
      for (ColumnChunk c : g.getColumns()) {
        if (c.isSetMeta_data()) {
          c.getMeta_data().getEncodings().sort(Comparator.comparingInt(Encoding::getValue));
          if (c.getMeta_data().isSetEncoding_stats()) {
            c.getMeta_data().getEncoding_stats().sort(Comparator
                .comparingInt((PageEncodingStats s) -> s.getPage_type().getValue())
                .thenComparingInt(s -> s.getEncoding().getValue()));
          }
        }
      }
    }
    ByteArrayOutputStream canonical = new ByteArrayOutputStream(footer.length);
    Util.writeFileMetaData(meta, canonical);
    if (Arrays.equals(canonical.toByteArray(), footer)) {
      return;
    }
    Path tmp = new Path(file.getParent(), "_canonical-" + file.getName());
    try (InputStream in = fs.open(file); OutputStream out = fs.create(tmp, true)) {
      in.transferTo(new BoundedOutput(out, len - 8 - footer.length));
      canonical.writeTo(out);
      byte[] tail = new byte[8];
      for (int i = 0; i < 4; i++) {
        tail[i] = (byte) (canonical.size() >>> (8 * i));
      }
      System.arraycopy(MAGIC, 0, tail, 4, 4);
      out.write(tail);
    }
    fs.delete(file, false);
    if (!fs.rename(tmp, file)) {
      throw new IOException("could not replace " + file + " with its canonical copy");
    }
  }

  /** Passes on the first {@code limit} bytes written to it and drops the rest. */
  private static final class BoundedOutput extends OutputStream {
    private final OutputStream out;
    private long left;

    BoundedOutput(OutputStream out, long limit) {
      this.out = out;
      this.left = limit;
    }

    @Override
    public void write(int b) throws IOException {
      if (left > 0) {
        out.write(b);
        left--;
      }
    }

    @Override
    public void write(byte[] b, int off, int n) throws IOException {
      int k = (int) Math.min(n, left);
      if (k > 0) {
        out.write(b, off, k);
        left -= k;
      }
    }
  }
}
