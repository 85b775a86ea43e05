package dev.jinglian.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Streams Parquet files (shards, rejected, quarantine) as JSON Lines without starting Spark: strings as strings,
 * maps as objects, lists as arrays, binary as base64. Files are read in name order.
 */
public final class ParquetJsonExporter {
  private final JsonFactory json = new JsonFactory().setRootValueSeparator("");

  /** Writes every row of {@code files} to {@code out}; returns the row count. Stops after {@code limit} rows. */
  public long export(List<String> files, Configuration conf, OutputStream out, long limit) throws IOException {
    long rows = 0;
    try (JsonGenerator gen = json.createGenerator(out)) {
      gen.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      for (String file : files) {
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), new Path(file))
            .withConf(conf).build()) {
          Group g;
          while (rows < limit && (g = reader.read()) != null) {
            writeGroup(gen, g);
            gen.writeRaw('\n');
            rows++;
          }
        }
        if (rows >= limit) {
          break;
        }
      }
    }
    return rows;
  }

  private void writeGroup(JsonGenerator gen, Group g) throws IOException {
    GroupType type = g.getType();
    gen.writeStartObject();
    for (int i = 0; i < type.getFieldCount(); i++) {
      Type field = type.getType(i);
      gen.writeFieldName(field.getName());
      int n = g.getFieldRepetitionCount(i);
      if (n == 0) {
        gen.writeNull();
      } else if (field.isPrimitive()) {
        writePrimitive(gen, g, i, 0, field.asPrimitiveType());
      } else {
        writeNested(gen, g.getGroup(i, 0), field.asGroupType());
      }
    }
    gen.writeEndObject();
  }

  /** Spark's map (repeated key_value) and list (repeated list.element) layouts; other groups as objects. */
  private void writeNested(JsonGenerator gen, Group g, GroupType type) throws IOException {
    LogicalTypeAnnotation a = type.getLogicalTypeAnnotation();
    if (a instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation) {
      gen.writeStartObject();
      int n = g.getFieldRepetitionCount(0);
      for (int j = 0; j < n; j++) {
        Group kv = g.getGroup(0, j);
        gen.writeFieldName(kv.getString(0, 0));
        if (kv.getFieldRepetitionCount(1) == 0) {
          gen.writeNull();
        } else {
          writeValue(gen, kv, 1, kv.getType().getType(1));
        }
      }
      gen.writeEndObject();
    } else if (a instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation) {
      gen.writeStartArray();
      int n = g.getFieldRepetitionCount(0);
      for (int j = 0; j < n; j++) {
        Group element = g.getGroup(0, j);
        if (element.getFieldRepetitionCount(0) == 0) {
          gen.writeNull();
        } else {
          writeValue(gen, element, 0, element.getType().getType(0));
        }
      }
      gen.writeEndArray();
    } else {
      writeGroup(gen, g);
    }
  }

  private void writeValue(JsonGenerator gen, Group g, int field, Type type) throws IOException {
    if (type.isPrimitive()) {
      writePrimitive(gen, g, field, 0, type.asPrimitiveType());
    } else {
      writeNested(gen, g.getGroup(field, 0), type.asGroupType());
    }
  }

  private void writePrimitive(JsonGenerator gen, Group g, int field, int index, PrimitiveType type)
      throws IOException {
    switch (type.getPrimitiveTypeName()) {
      case INT32 -> gen.writeNumber(g.getInteger(field, index));
      case INT64 -> gen.writeNumber(g.getLong(field, index));
      case DOUBLE -> {
        double d = g.getDouble(field, index);
        if (Double.isFinite(d)) {
          gen.writeNumber(d);
        } else {
          gen.writeString(Double.toString(d));
        }
      }
      case FLOAT -> gen.writeNumber(g.getFloat(field, index));
      case BOOLEAN -> gen.writeBoolean(g.getBoolean(field, index));
      case BINARY, FIXED_LEN_BYTE_ARRAY -> {
        if (type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation) {
          gen.writeString(g.getBinary(field, index).toStringUsingUTF8());
        } else {
          gen.writeString(Base64.getEncoder().encodeToString(g.getBinary(field, index).getBytes()));
        }
      }
      default -> gen.writeString(g.getValueToString(field, index));
    }
  }
}
