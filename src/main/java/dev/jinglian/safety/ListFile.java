package dev.jinglian.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * A user or bundled list file: UTF-8 (a BOM is skipped), one entry per line, blank lines and lines starting with
 * {@code #} ignored. Entries keep their line numbers so that parse errors can name {@code file:line}.
 */
public final class ListFile {
  /** One entry and where it came from. */
  public record Entry(String origin, int line, String text) {
    /** {@code file:line: message}, for errors about this entry. */
    public String error(String message) {
      return origin + ":" + line + ": " + message;
    }
  }

  private ListFile() {}

  /** Reads a file from any Hadoop file system (plain local paths included). */
  public static List<Entry> read(String path) {
    try {
      Path p = new Path(path);
      try (InputStream in = p.getFileSystem(new Configuration()).open(p)) {
        return parse(in, path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read list file '" + path + "': " + e.getMessage(), e);
    }
  }

  /** Reads a list shipped inside the jar. */
  public static List<Entry> resource(String name) {
    try (InputStream in = ListFile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled list " + name + " is missing from the jar");
      }
      return parse(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled list " + name, e);
    }
  }

  static List<Entry> parse(InputStream in, String origin) throws IOException {
    List<Entry> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (n == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        out.add(new Entry(origin, n, t));
      }
    }
    return out;
  }
}
