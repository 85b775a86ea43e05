package dev.jinglian.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jinglian.filter.FilterDefinition;
import dev.jinglian.filter.FilterRegistry;
import dev.jinglian.filter.FilterSpecs;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * JSON Schema (draft 2020-12) of a record type, read off the record's components and their Jackson annotations:
 * the schema files in {@code schemas/} are generated from the code, so they cannot drift from it.
 * Boxed components are optional and nullable (the record fills a default); {@code required = true} is required.
 */
public final class JsonSchemaGenerator {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private JsonSchemaGenerator() {}

  public static ObjectNode forRecord(Class<?> type, String title) {
    ObjectNode root = F.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("title", title);
    root.setAll(schemaOf(type));
    return root;
  }

  static ObjectNode schemaOf(Type type) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (List.class.isAssignableFrom(raw)) {
        ObjectNode s = F.objectNode().put("type", "array");
        s.set("items", schemaOf(p.getActualTypeArguments()[0]));
        return s;
      }
      if (Map.class.isAssignableFrom(raw)) {
        ObjectNode s = F.objectNode().put("type", "object");
        s.set("additionalProperties", schemaOf(p.getActualTypeArguments()[1]));
        return s;
      }
      throw new IllegalArgumentException("unsupported generic type " + type);
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return F.objectNode().put("type", "string");
    }
    if (c == Boolean.class || c == boolean.class) {
      return F.objectNode().put("type", "boolean");
    }
    if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
      return F.objectNode().put("type", "integer");
    }
    if (c == Double.class || c == double.class || c == Float.class || c == float.class) {
      return F.objectNode().put("type", "number");
    }
    if (c.isEnum()) {
      return enumSchema(c);
    }
    if (c == FilterSpecs.class) {
      return filtersSchema();
    }
    if (c.isRecord()) {
      return recordSchema(c);
    }
    throw new IllegalArgumentException("unsupported type " + c.getName());
  }

  private static ObjectNode recordSchema(Class<?> c) {
    ObjectNode s = F.objectNode().put("type", "object");
    ObjectNode props = s.putObject("properties");
    ArrayNode required = F.arrayNode();
    for (RecordComponent rc : c.getRecordComponents()) {
      JsonProperty jp = rc.getAccessor().getAnnotation(JsonProperty.class);
      if (jp == null) {
        jp = rc.getAnnotation(JsonProperty.class);
      }
      String name = jp == null ? rc.getName() : jp.value();
      ObjectNode prop = schemaOf(rc.getGenericType());
      boolean isRequired = jp != null && jp.required();
      if (!isRequired && !rc.getType().isPrimitive() && prop.has("type")) {
        ArrayNode types = F.arrayNode().add(prop.get("type").asText()).add("null");
        prop.set("type", types);
      }
      JsonPropertyDescription d = rc.getAccessor().getAnnotation(JsonPropertyDescription.class);
      if (d != null) {
        prop.put("description", d.value());
      }
      props.set(name, prop);
      if (isRequired) {
        required.add(name);
      }
    }
    if (!required.isEmpty()) {
      s.set("required", required);
    }
    s.put("additionalProperties", false);
    return s;
  }

  private static ObjectNode filtersSchema() {
    ObjectNode s = F.objectNode().put("type", "object");
    ObjectNode props = s.putObject("properties");
    for (FilterDefinition<?> def : FilterRegistry.definitions()) {
      ObjectNode family = recordSchema(def.paramsType());
      if (!def.description().isEmpty()) {
        family.put("description", def.description() + (def.onByDefault() ? " (on by default)" : " (off unless named)"));
      }
      props.set(def.family(), family);
    }
    s.put("additionalProperties", false);
    return s;
  }

  private static ObjectNode enumSchema(Class<?> c) {
    ObjectNode s = F.objectNode().put("type", "string");
    ArrayNode values = s.putArray("enum");
    Method valueMethod = null;
    for (Method m : c.getMethods()) {
      if (m.isAnnotationPresent(JsonValue.class)) {
        valueMethod = m;
      }
    }
    for (Object constant : c.getEnumConstants()) {
      try {
        values.add(valueMethod == null ? constant.toString() : String.valueOf(valueMethod.invoke(constant)));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return s;
  }
}
