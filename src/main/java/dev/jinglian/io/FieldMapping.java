package dev.jinglian.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jinglian.recipe.SourceSpec;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks id, text and metadata out of a JSON record by field name; dotted names ({@code meta.url}) reach into
 * nested objects. Type errors are reported with the field name so the quarantine says what was wrong.
 */
public final class FieldMapping implements Serializable {
  private final String textField;
  private final String idField;
  private final List<String> metadataFields;

  public FieldMapping(SourceSpec spec) {
    this.textField = spec.textField();
    this.idField = spec.idField();
    this.metadataFields = spec.metadataFields();
  }

  /** A record's fields failed validation. */
  public static final class FieldException extends Exception {
    public FieldException(String message) {
      super(message);
    }
  }

  public String textField() {
    return textField;
  }

  public String idField() {
    return idField;
  }

  public List<String> metadataFields() {
    return metadataFields;
  }

  public String text(JsonNode record) throws FieldException {
    JsonNode node = lookup(record, textField);
    if (node == null || node.isNull()) {
      throw new FieldException("missing text field '" + textField + "'");
    }
    if (!node.isTextual()) {
      throw new FieldException("text field '" + textField + "' must be a string, got " + kind(node));
    }
    if (node.textValue().isBlank()) {
      throw new FieldException("empty text in field '" + textField + "'");
    }
    return node.textValue();
  }

  /** The id, or null when the record has none (a stable id is then derived). */
  public String id(JsonNode record) throws FieldException {
    JsonNode node = lookup(record, idField);
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual() || node.isIntegralNumber()) {
      String id = node.asText();
      return id.isBlank() ? null : id;
    }
    throw new FieldException("id field '" + idField + "' must be a string or integer, got " + kind(node));
  }

  public Map<String, String> metadata(JsonNode record) {
    if (metadataFields.isEmpty()) {
      return Map.of();
    }
    Map<String, String> meta = new LinkedHashMap<>();
    for (String f : metadataFields) {
      JsonNode node = lookup(record, f);
      if (node != null && !node.isNull()) {
        meta.put(f, node.isValueNode() ? node.asText() : node.toString());
      }
    }
    return meta;
  }

  static JsonNode lookup(JsonNode record, String dotted) {
    JsonNode node = record.get(dotted);
    if (node != null || dotted.indexOf('.') < 0) {
      return node;
    }
    node = record;
    for (String part : dotted.split("\\.")) {
      node = node.get(part);
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
