package dev.jinglian.recipe;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.jinglian.util.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Reads a recipe from YAML into typed records. Unknown keys, wrong types and invalid values fail with
 * {@code file:line:column: key: message}, before any Spark work starts.
 */
public final class RecipeLoader {
  private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** Top-level key naming base recipes to include. */
  public static final String INCLUDE = "include";

  private RecipeLoader() {}

  /**
   * Loads a recipe file. A recipe may {@code include} one or more base recipes (paths relative to the including
   * file); the including file's keys override the base's, maps merge key by key, lists and values are replaced.
   */
  public static Recipe load(Path file) {
    List<Source> texts = new ArrayList<>();
    JsonNode tree = resolve(file, new ArrayList<>(), texts);
    try {
      Recipe r = YAML.treeToValue(tree, Recipe.class);
      if (r == null) {
        throw new RecipeException(file + ": the recipe is empty");
      }
      return r;
    } catch (JsonProcessingException e) {
      List<Object> keyPath = keyPathOf(e);
      for (Source src : texts) { // the including file first: its keys win
        String at = keyPath.isEmpty() ? null : YamlLocator.locate(src.text(), keyPath, true);
        if (at != null) {
          throw new RecipeException(src.file() + ":" + at + ": " + message(e, keyPath), e);
        }
      }
      throw new RecipeException(describe(e, texts.get(0).text(), file.toString()), e);
    }
  }

  /** One file of an include chain and its text. */
  private record Source(Path file, String text) {}

  private static JsonNode resolve(Path file, List<Path> chain, List<Source> texts) {
    Path real = file.toAbsolutePath().normalize();
    if (chain.contains(real)) {
      List<String> names = new ArrayList<>();
      chain.forEach(p -> names.add(p.getFileName().toString()));
      names.add(real.getFileName().toString());
      throw new RecipeException(chain.get(chain.size() - 1) + ": include cycle: " + String.join(" -> ", names));
    }
    String yaml;
    try {
      yaml = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RecipeException((chain.isEmpty() ? "" : chain.get(chain.size() - 1) + ": include: ") + file
          + ": cannot read recipe: " + e.getMessage(), e);
    }
    texts.add(new Source(file, yaml));
    JsonNode node;
    try {
      node = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new RecipeException(describe(e, yaml, file.toString()), e);
    }
    if (node == null || node.isMissingNode() || node.isNull()) {
      throw new RecipeException(file + ": the recipe is empty");
    }
    if (!node.isObject()) {
      throw new RecipeException(file + ": a recipe is a map of keys, got " + node.getNodeType());
    }
    ObjectNode own = (ObjectNode) node;
    JsonNode include = own.remove(INCLUDE);
    if (include == null) {
      return own;
    }
    List<Path> next = new ArrayList<>(chain);
    next.add(real);
    ObjectNode merged = YAML.createObjectNode();
    for (JsonNode inc : include.isArray() ? include : List.of(include)) {
      if (!inc.isTextual()) {
        throw new RecipeException(file + ":" + YamlLocator.locate(yaml, List.of(INCLUDE), true)
            + ": include: expected a file name or a list of file names");
      }
      Path base = real.getParent().resolve(inc.asText());
      deepMerge(merged, resolve(base, next, texts));
    }
    deepMerge(merged, own);
    return merged;
  }

  private static void deepMerge(ObjectNode into, JsonNode from) {
    from.fields().forEachRemaining(e -> {
      JsonNode old = into.get(e.getKey());
      if (old instanceof ObjectNode o && e.getValue().isObject()) {
        deepMerge(o, e.getValue());
      } else {
        into.set(e.getKey(), e.getValue().deepCopy());
      }
    });
  }

  /** Parses recipe YAML; {@code origin} names the file in error messages. */
  public static Recipe parse(String yaml, String origin) {
    try {
      Recipe r = YAML.readValue(yaml, Recipe.class);
      if (r == null) {
        throw new RecipeException(origin + ": the recipe is empty");
      }
      return r;
    } catch (JsonProcessingException e) {
      throw new RecipeException(describe(e, yaml, origin), e);
    }
  }

  static String describe(JsonProcessingException e, String yaml, String origin) {
    JsonLocation loc = e.getLocation();
    List<Object> keyPath = keyPathOf(e);
    String position = keyPath.isEmpty() ? null : YamlLocator.locate(yaml, keyPath);
    if (position == null && loc != null) {
      position = loc.getLineNr() + ":" + loc.getColumnNr();
    }
    String where = origin + (position == null ? "" : ":" + position);
    return where + ": " + message(e, keyPath);
  }

  private static String message(JsonProcessingException e, List<Object> keyPath) {
    String key = render(keyPath);
    String message;
    if (e instanceof UnrecognizedPropertyException u) {
      message = "unknown key '" + u.getPropertyName() + "'"
          + (u.getKnownPropertyIds() == null ? "" : " (known keys: " + u.getKnownPropertyIds().stream()
              .map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")");
    } else if (e instanceof ValueInstantiationException v && v.getCause() != null) {
      message = v.getCause().getMessage();
    } else {
      message = e.getOriginalMessage();
      int nl = message.indexOf('\n');
      message = nl < 0 ? message : message.substring(0, nl);
    }
    return (key.isEmpty() ? "" : key + ": ") + message;
  }

  /** Field names and list indexes from the root to the failing key. */
  static List<Object> keyPathOf(JsonProcessingException e) {
    List<Object> path = new ArrayList<>();
    if (e instanceof JsonMappingException m) {
      for (JsonMappingException.Reference ref : m.getPath()) {
        if (ref.getFieldName() != null) {
          path.add(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          path.add(ref.getIndex());
        }
      }
    }
    if (e instanceof ValueInstantiationException v && v.getCause() instanceof KeyException k) {
      path.addAll(k.path());
    }
    return path;
  }

  /** {@code sources[1].format} style rendering of a key path. */
  static String render(List<Object> path) {
    StringBuilder sb = new StringBuilder();
    for (Object p : path) {
      if (p instanceof Integer i) {
        sb.append('[').append(i).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(p);
      }
    }
    return sb.toString();
  }

  /** The recipe as it runs (every default filled in), as JSON. */
  public static String canonicalJson(Recipe recipe) {
    return Json.write(recipe);
  }

  /**
   * SHA-256 of the canonical recipe without its output directory: two runs with equal hashes ran the same recipe
   * (wherever they wrote).
   */
  public static String sha256(Recipe recipe) {
    return DigestUtils.sha256Hex(canonicalJson(recipe.withOutput("-")).getBytes(StandardCharsets.UTF_8));
  }
}
