package dev.jinglian.io;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/** Parquet: one document per row; the text column must be a string (BINARY), ids may be strings or integers. */
final class ParquetRecordIterator extends RecordIterator {
  private final Configuration conf;
  private final FieldMapping fields;
  private final StrictUtf8 utf8 = new StrictUtf8();
  private ParquetReader<Group> reader;
  private long row;
  private String schemaError;

  ParquetRecordIterator(String source, String file, Configuration conf, FieldMapping fields, int quarantineRawBytes) {
    super(source, file, quarantineRawBytes);
    this.conf = conf;
    this.fields = fields;
  }

  @Override
  protected RawRecord readNext() throws IOException {
    if (reader == null) {
      reader = ParquetReader.builder(new GroupReadSupport(), new Path(file)).withConf(conf).build();
    }
    Group g = reader.read();
    if (g == null) {
      return null;
    }
    row++;
    GroupType schema = g.getType();
    if (schemaError == null) {
      schemaError = checkSchema(schema);
    }
    if (!schemaError.isEmpty()) {
      return bad(row, schemaError, null, 0);
    }
    Binary textValue = g.getFieldRepetitionCount(fields.textField()) == 0 ? null
        : g.getBinary(fields.textField(), 0);
    if (textValue == null) {
      return bad(row, "missing text field '" + fields.textField() + "'", null, 0);
    }
    byte[] bytes = textValue.getBytes();
    String text;
    try {
      text = utf8.decode(bytes, 0, bytes.length);
    } catch (StrictUtf8.InvalidUtf8Exception e) {
      return bad(row, "text field '" + fields.textField() + "': " + e.getMessage(), bytes, bytes.length);
    }
    if (text.isBlank()) {
      return bad(row, "empty text in field '" + fields.textField() + "'", bytes, bytes.length);
    }
    return RawRecord.document(source, file, row, id(g), text, metadata(g));
  }

  /** Empty string when the schema fits, else the error every row of this file is quarantined with. */
  private String checkSchema(GroupType schema) {
    if (!schema.containsField(fields.textField())) {
      return "missing text field '" + fields.textField() + "' (columns: " + schema.getFields().stream()
          .map(Type::getName).toList() + ")";
    }
    Type t = schema.getType(fields.textField());
    if (!t.isPrimitive() || t.asPrimitiveType().getPrimitiveTypeName() != PrimitiveType.PrimitiveTypeName.BINARY) {
      return "text field '" + fields.textField() + "' must be a string, got " + t;
    }
    if (schema.containsField(fields.idField())) {
      Type id = schema.getType(fields.idField());
      if (!id.isPrimitive()) {
        return "id field '" + fields.idField() + "' must be a string or integer, got " + id;
      }
    }
    return "";
  }

  private String id(Group g) {
    if (!g.getType().containsField(fields.idField()) || g.getFieldRepetitionCount(fields.idField()) == 0) {
      return null;
    }
    String id = value(g, fields.idField());
    return id.isBlank() ? null : id;
  }

  private Map<String, String> metadata(Group g) {
    if (fields.metadataFields().isEmpty()) {
      return Map.of();
    }
    Map<String, String> meta = new LinkedHashMap<>();
    for (String f : fields.metadataFields()) {
      if (g.getType().containsField(f) && g.getFieldRepetitionCount(f) > 0) {
        meta.put(f, value(g, f));
      }
    }
    return meta;
  }

  private static String value(Group g, String field) {
    Type t = g.getType().getType(field);
    if (!t.isPrimitive()) {
      return g.getGroup(field, 0).toString();
    }
    PrimitiveType p = t.asPrimitiveType();
    switch (p.getPrimitiveTypeName()) {
      case BINARY:
      case FIXED_LEN_BYTE_ARRAY:
        LogicalTypeAnnotation a = p.getLogicalTypeAnnotation();
        return a == null || a instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
            ? g.getBinary(field, 0).toStringUsingUTF8() : g.getValueToString(g.getType().getFieldIndex(field), 0);
      default:
        return g.getValueToString(g.getType().getFieldIndex(field), 0);
    }
  }

  @Override
  protected long failurePosition() {
    return row + 1;
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
  }
}
