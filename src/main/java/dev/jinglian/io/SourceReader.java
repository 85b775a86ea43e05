package dev.jinglian.io;

import dev.jinglian.recipe.InputLimits;
import dev.jinglian.recipe.SourceSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
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

  public RecordIterator read(String file, Configuration conf) {
    int max = Math.toIntExact(limits.maxRecordBytes());
    int raw = limits.quarantineRawBytes();
    Supplier<InputStream> opener = () -> {
      try {
        return InputFiles.open(file, conf);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
    return switch (spec.format()) {
      case JSONL -> new JsonlRecordIterator(spec.name(), file, opener, fields, max, raw);
      case TEXT -> new TextRecordIterator(spec.name(), file, opener, spec.textSplit(), max, raw);
      case PARQUET -> new ParquetRecordIterator(spec.name(), file, conf, fields, raw);
    };
  }
}
