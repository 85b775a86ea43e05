package dev.jinglian.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.util.Json;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code docs/RECIPE.md}: every recipe key with its type, default and meaning, generated from the recipe records
 * (types and descriptions from the JSON Schema, defaults by binding minimal recipes), so it cannot drift.
 */
public final class RecipeReference {
  /** The smallest recipe: the defaults of everything else are read off it. */
  private static final String MINIMAL = """
      {"name": "NAME", "output": "OUT", "sources": [{"name": "src", "path": "PATH"}],
       "mix": {"sources": {"src": {"tokens": 1}}}}""";

  /** Keys whose value in {@link #MINIMAL} is a placeholder, not a default. */
  private static final java.util.Set<String> PLACEHOLDERS = java.util.Set.of("mix.total_tokens",
      "mix.sources.<name>.tokens");

  private RecipeReference() {}

  public static String render() {
    ObjectNode schema = JsonSchemaGenerator.forRecord(Recipe.class, "Jinglian recipe");
    JsonNode defaults;
    try {
      defaults = Json.MAPPER.valueToTree(Json.MAPPER.readValue(MINIMAL, Recipe.class));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder md = new StringBuilder();
    md.append("# Recipe reference\n\n")
        .append("Generated from the code by `./jinglian schemas jobs/sample.yaml` (a test fails when this file is ")
        .append("stale). Keys are YAML; unknown keys are errors. A recipe may `include:` base recipes (a file or ")
        .append("a list, relative to the including file): the including file's keys win, maps merge key by key, ")
        .append("lists and values are replaced. JSON Schema: `schemas/recipe.schema.json`.\n\n")
        .append("Defaults marked *required* must be given; `-` means none (the key is optional).\n");
    section(md, "(top level)", "", schema, defaults);
    return md.toString();
  }

  private static void section(StringBuilder md, String title, String prefix, JsonNode schema, JsonNode defaults) {
    JsonNode props = schema.get("properties");
    if (props == null) {
      return;
    }
    md.append("\n## ").append(title).append("\n\n| key | type | default | meaning |\n| --- | --- | --- | --- |\n");
    java.util.Set<String> required = new java.util.HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    Map<String, JsonNode[]> nested = new java.util.LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode p = e.getValue();
      JsonNode d = defaults == null ? null : defaults.get(e.getKey());
      String dflt = required.contains(e.getKey()) ? "*required*"
          : PLACEHOLDERS.contains(prefix + e.getKey()) ? "-" : describeDefault(p, d);
      md.append("| `").append(e.getKey()).append("` | ").append(typeOf(p)).append(" | ").append(dflt).append(" | ")
          .append(p.path("description").asText("").replace("|", "\\|")).append(" |\n");
      JsonNode objectSchema = p.has("properties") ? p
          : p.path("items").has("properties") ? p.get("items")
          : p.path("additionalProperties").has("properties") ? p.get("additionalProperties") : null;
      if (objectSchema != null) {
        String suffix = p.has("properties") ? "" : p.path("items").has("properties") ? "[]" : ".<name>";
        JsonNode sub = d == null ? null : d.isArray() ? d.get(0) : d.isObject() && suffix.equals(".<name>")
            ? (d.elements().hasNext() ? d.elements().next() : null) : d;
        nested.put(prefix + e.getKey() + suffix, new JsonNode[] {objectSchema, sub});
      }
    }
    for (Map.Entry<String, JsonNode[]> n : nested.entrySet()) {
      section(md, "`" + n.getKey() + "`", n.getKey() + ".", n.getValue()[0], n.getValue()[1]);
    }
  }

  private static String describeDefault(JsonNode schema, JsonNode value) {
    if (value == null || value.isNull() || value.isObject() || (value.isArray() && !value.isEmpty())) {
      return value != null && value.isObject() && !schema.has("properties") ? "`{}`" : "-";
    }
    return "`" + value.toString().replace("\"", "") + "`";
  }

  private static String typeOf(JsonNode p) {
    if (p.has("enum")) {
      StringBuilder sb = new StringBuilder();
      p.get("enum").forEach(v -> sb.append(sb.length() == 0 ? "" : " \\| ").append(v.asText()));
      return sb.toString();
    }
    JsonNode t = p.get("type");
    String type = t == null ? "object" : t.isArray() ? t.get(0).asText() : t.asText();
    if (type.equals("array")) {
      return "list of " + typeOf(p.get("items"));
    }
    if (type.equals("object") && p.has("additionalProperties") && p.get("additionalProperties").isObject()) {
      return "map of " + typeOf(p.get("additionalProperties"));
    }
    return type;
  }
}
