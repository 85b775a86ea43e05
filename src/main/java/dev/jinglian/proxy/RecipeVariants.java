package dev.jinglian.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.recipe.RecipeException;
import dev.jinglian.recipe.RecipeLoader;
import dev.jinglian.util.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The runs of a comparison: every recipe, times every combination of the grid's values. A grid axis is a recipe
 * key path and its values ({@code filters.length.min_chars=10,50,200}); a variant is the recipe as it runs with
 * those values set, bound again by {@link RecipeLoader}, so a wrong key or value fails with the loader's message.
 * Every variant writes its shards with token ids, under the comparison's directory.
 */
public final class RecipeVariants {
  private static final YAMLMapper SCALARS = new YAMLMapper();

  private RecipeVariants() {}

  /** One grid axis. */
  public record Axis(String key, List<String> values) {
    /** Parses {@code key.path=v1,v2,...}. */
    public static Axis parse(String spec) {
      int eq = spec.indexOf('=');
      if (eq <= 0 || eq == spec.length() - 1) {
        throw new IllegalArgumentException("grid '" + spec + "' must look like key.path=value1,value2");
      }
      List<String> values = List.of(spec.substring(eq + 1).split(","));
      if (values.stream().anyMatch(String::isBlank)) {
        throw new IllegalArgumentException("grid '" + spec + "' has an empty value");
      }
      return new Axis(spec.substring(0, eq).trim(), values.stream().map(String::trim).toList());
    }
  }

  /**
   * @param label how tables name the variant: the recipe name, then the grid settings
   * @param slug directory name under the comparison directory (unique, file-system safe)
   * @param settings the grid values of this variant, by key
   */
  public record Variant(String label, String slug, Recipe recipe, Map<String, String> settings) {}

  /** @param origins where each recipe came from (file names), for error messages */
  public static List<Variant> expand(List<Recipe> recipes, List<String> origins, List<Axis> grid, String runsDir) {
    List<Map<String, String>> combinations = new ArrayList<>();
    combinations.add(new LinkedHashMap<>());
    for (Axis axis : grid) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> c : combinations) {
        for (String v : axis.values()) {
          Map<String, String> m = new LinkedHashMap<>(c);
          m.put(axis.key(), v);
          next.add(m);
        }
      }
      combinations = next;
    }
    List<Variant> out = new ArrayList<>();
    for (int i = 0; i < recipes.size(); i++) {
      for (Map<String, String> settings : combinations) {
        String label = recipes.get(i).name() + (settings.isEmpty() ? "" : " " + settings.toString()
            .replace("{", "[").replace("}", "]"));
        String slug = String.format("%02d-%s", out.size() + 1,
            label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.=-]+", "-").replaceAll("-+$", ""));
        Recipe r = with(recipes.get(i), origins.get(i), settings, runsDir + "/" + slug);
        out.add(new Variant(label, slug, r, Map.copyOf(settings)));
      }
    }
    return out;
  }

  /** The recipe with the settings applied, shards carrying token ids, writing to {@code output}. */
  static Recipe with(Recipe recipe, String origin, Map<String, String> settings, String output) {
    try {
      ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(RecipeLoader.canonicalJson(recipe));
      for (Map.Entry<String, String> e : settings.entrySet()) {
        set(tree, e.getKey(), SCALARS.readTree(e.getValue()));
      }
      set(tree, "shards.token_ids", Json.MAPPER.getNodeFactory().booleanNode(true));
      tree.put("output", output);
      return RecipeLoader.parse(Json.MAPPER.writeValueAsString(tree),
          origin + (settings.isEmpty() ? "" : " with " + settings));
    } catch (IOException e) {
      throw new RecipeException(origin + ": cannot apply " + settings + ": " + e.getMessage(), e);
    }
  }

  private static void set(ObjectNode root, String path, JsonNode value) {
    String[] keys = path.split("\\.");
    ObjectNode node = root;
    for (int i = 0; i < keys.length - 1; i++) {
      JsonNode child = node.get(keys[i]);
      if (child == null || child.isNull()) {
        child = node.putObject(keys[i]);
      } else if (!child.isObject()) {
        throw new IllegalArgumentException("grid key '" + path + "': '" + keys[i] + "' is not a section");
      }
      node = (ObjectNode) child;
    }
    node.set(keys[keys.length - 1], value);
  }
}
