package dev.jinglian.io;

import dev.jinglian.recipe.InputFormat;
import dev.jinglian.recipe.InputLimits;
import dev.jinglian.recipe.SourceSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;

/** Opens one file of a source with the reader its format needs. */
public final class SourceReader implements Serializable {
  private final SourceSpec spec;
  private final InputLimits limits;
  private final FieldMapping fields;

  public SourceReader(SourceSpec spec, InputLimits limits) {
    this.spec = spec;
    this.limits = limits;
    this.fields = new FieldMapping(spec);
  }

  public SourceSpec spec() {
    return spec;
  }

  /** Whether this source's uncompressed files may be read in byte ranges by several tasks. */
  public boolean splittable() {
    return spec.format() == InputFormat.JSONL;
  }

  public RecordIterator read(String file, Configuration conf) {
    return read(FileSplit.whole(spec.name(), file), conf);
  }

  /** Reads one split; only JSON Lines files are ever cut into ranges ({@link #splittable}). */
  public RecordIterator read(FileSplit split, Configuration conf) {
    String file = split.path();
    int max = Math.toIntExact(limits.maxRecordBytes());
    int raw = limits.quarantineRawBytes();
    Supplier<InputStream> opener = () -> {
      try {
        return InputFiles.open(file, conf);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
    if (!split.isWholeFile() && !splittable()) {
      throw new IllegalArgumentException("only JSON Lines files are read in byte ranges, not " + file);
    }
    Function<long[], InputStream> lineOpener = split.isWholeFile()
        ? offset -> opener.get()
        : offset -> {
          try {
            return LineSplitter.openAtLine(split, conf, offset);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    return switch (spec.format()) {
      case JSONL -> new JsonlRecordIterator(spec.name(), file, lineOpener, split.firstLine() - 1, split.end(), fields,
          max, raw);
      case TEXT -> new TextRecordIterator(spec.name(), file, opener, spec.textSplit(), max, raw);
      case PARQUET -> new ParquetRecordIterator(spec.name(), file, conf, fields, raw);
    };
  }
}
