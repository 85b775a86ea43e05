package dev.jinglian.shard;

import dev.jinglian.doc.Columns;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes a dataset as Parquet with stable file names: Spark's {@code part-00003-<uuid>-c000.zstd.parquet} becomes
 * {@code part-00003.parquet} (the partition number kept), Spark's marker and checksum files are removed, and the
 * footer is made canonical ({@link ParquetFooters}), so that the same data written twice, by any processes, gives
 * the same file names and bytes. Checkpoints in the work area are written here too ({@link #writeWork}).
 */
public final class ParquetDirectory {
  /**
   * Writer option that turns dictionary encoding off for the {@code text} column: document texts hardly ever repeat
   * within a row group, so Parquet would fill a dictionary for each page only to fall back to plain encoding
   * (2-3 % of the backbone's CPU in a profile). Short columns ({@code source}, {@code lang}) keep their dictionaries.
   */
  public static final String NO_TEXT_DICTIONARY = "parquet.enable.dictionary#" + Columns.TEXT;

  private static final Pattern SPARK_PART = Pattern.compile("part-(\\d+)-.*\\.parquet");

  private ParquetDirectory() {}

  /**
   * Writes a checkpoint of documents into the run's work area ({@code _work/}), replacing what was there: Spark's
   * default file names and compression, the {@code text} column without dictionary.
   */
  public static void writeWork(Dataset<Row> docs, Path dir) {
    docs.write().mode(SaveMode.Overwrite).option(NO_TEXT_DICTIONARY, "false").parquet(dir.toString());
  }

  /** Writes {@code data} (already partitioned and ordered as wanted) into {@code dir}; returns the files. */
  public static List<Path> write(Dataset<Row> data, Path dir, String compression, FileSystem fs) throws IOException {
    Path tmp = new Path(dir.getParent(), "_tmp-" + dir.getName());
    fs.delete(tmp, true);
    data.write().mode(SaveMode.Overwrite).option("compression", compression).option(NO_TEXT_DICTIONARY, "false")
        .parquet(tmp.toString());
    fs.delete(dir, true);
    fs.mkdirs(dir);
    List<Path> files = new ArrayList<>();
    FileStatus[] written = fs.listStatus(tmp);
    Arrays.sort(written, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus s : written) {
      Matcher m = SPARK_PART.matcher(s.getPath().getName());
      if (!m.matches()) {
        continue; // _SUCCESS, .crc
      }
      Path target = new Path(dir, String.format("part-%05d.parquet", Integer.parseInt(m.group(1))));
      if (!fs.rename(s.getPath(), target)) {
        throw new IOException("could not rename " + s.getPath() + " to " + target);
      }
      ParquetFooters.canonicalize(fs, target);
      files.add(target);
    }
    fs.delete(tmp, true);
    // checksum side files of the local file system (written by executors in other JVMs; the checksummed file
    // system hides them from its own listing, so list the raw one)
    FileSystem raw = fs instanceof ChecksumFileSystem c ? c.getRawFileSystem() : fs;
    for (FileStatus s : raw.listStatus(dir)) {
      if (s.getPath().getName().endsWith(".crc")) {
        raw.delete(s.getPath(), false);
      }
    }
    return files;
  }
}
