package dev.jinglian.recipe;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.jinglian.util.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private RecipeLoader() {}

  public static Recipe load(Path file) {
    String yaml;
    try {
      yaml = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RecipeException(file + ": cannot read recipe: " + e.getMessage(), e);
    }
    return parse(yaml, file.toString());
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
    String position = e instanceof JsonMappingException m && !m.getPath().isEmpty()
        ? YamlLocator.locate(yaml, m.getPath()) : null;
    if (position == null && loc != null) {
      position = loc.getLineNr() + ":" + loc.getColumnNr();
    }
    String where = origin + (position == null ? "" : ":" + position);
    String key = e instanceof JsonMappingException m ? keyPath(m) : "";
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
    return where + ": " + (key.isEmpty() ? "" : key + ": ") + message;
  }

  /** {@code sources[1].format} style path of the failing key. */
  private static String keyPath(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  /** The recipe as it runs (every default filled in), as JSON. */
  public static String canonicalJson(Recipe recipe) {
    return Json.write(recipe);
  }

  /** SHA-256 of the canonical recipe: two runs with equal hashes ran the same recipe. */
  public static String sha256(Recipe recipe) {
    return DigestUtils.sha256Hex(canonicalJson(recipe).getBytes(StandardCharsets.UTF_8));
  }
}
