package dev.jinglian.filter;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recipe's {@code filters} section: for every registered family, its parameters. Families the recipe does
 * not name run with their defaults when they are on by default. Order is the registry's, not the recipe's.
 */
@JsonDeserialize(using = FilterSpecs.Deserializer.class)
public final class FilterSpecs implements Serializable {
  private static final ObjectMapper DEFAULTS_MAPPER = new ObjectMapper();

  private final Map<String, FilterParams> byFamily;
  /** Families the recipe named explicitly (the others carry their defaults). */
  private final java.util.Set<String> named;

  private FilterSpecs(Map<String, FilterParams> named) {
    this.named = java.util.Set.copyOf(named.keySet());
    Map<String, FilterParams> all = new LinkedHashMap<>();
    for (FilterDefinition<?> def : FilterRegistry.definitions()) {
      FilterParams p = named.get(def.family());
      if (p == null && def.onByDefault()) {
        p = defaultsOf(def);
      }
      if (p != null) {
        all.put(def.family(), p);
      }
    }
    this.byFamily = Collections.unmodifiableMap(all);
  }

  public static FilterSpecs defaults() {
    return new FilterSpecs(Map.of());
  }

  public static FilterSpecs of(Map<String, FilterParams> named) {
    for (String family : named.keySet()) {
      FilterRegistry.definition(family);
    }
    return new FilterSpecs(named);
  }

  static FilterParams defaultsOf(FilterDefinition<?> def) {
    return DEFAULTS_MAPPER.convertValue(Map.of(), def.paramsType());
  }

  /** Parameters per family, including families disabled by the recipe (their {@code enabled} is false). */
  @JsonValue
  public Map<String, FilterParams> byFamily() {
    return byFamily;
  }

  /**
   * These specs with the families {@code overrides} names replaced by its parameters: a source's own
   * {@code filters} section overrides the recipe's for that source, family by family.
   */
  public FilterSpecs withOverrides(FilterSpecs overrides) {
    if (overrides == null || overrides.named.isEmpty()) {
      return this;
    }
    Map<String, FilterParams> merged = new LinkedHashMap<>();
    for (String family : named) {
      merged.put(family, byFamily.get(family));
    }
    for (String family : overrides.named) {
      merged.put(family, overrides.byFamily.get(family));
    }
    return new FilterSpecs(merged);
  }

  /** Builds the enabled filters, in registry order. */
  public List<DocumentFilter> buildEnabled() {
    List<DocumentFilter> filters = new ArrayList<>();
    for (Map.Entry<String, FilterParams> e : byFamily.entrySet()) {
      if (e.getValue().enabled()) {
        filters.add(FilterRegistry.definition(e.getKey()).build(e.getValue()));
      }
    }
    return filters;
  }

  /** Binds {@code family: {params}} entries through the registry, failing on unknown families with their line. */
  static final class Deserializer extends JsonDeserializer<FilterSpecs> {
    @Override
    public FilterSpecs deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return ctxt.reportInputMismatch(FilterSpecs.class,
            "'filters' must be a map of filter family to parameters");
      }
      Map<String, FilterParams> named = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String family = p.currentName();
        if (!FilterRegistry.families().contains(family)) {
          JsonMappingException e = com.fasterxml.jackson.databind.exc.MismatchedInputException.from(p,
              FilterSpecs.class, "unknown filter '" + family + "' (known filters: "
                  + String.join(", ", FilterRegistry.families()) + ")");
          e.prependPath(FilterSpecs.class, family);
          throw e;
        }
        p.nextToken();
        FilterDefinition<?> def = FilterRegistry.definition(family);
        FilterParams params = p.currentToken() == JsonToken.VALUE_NULL
            ? defaultsOf(def)
            : ctxt.readValue(p, def.paramsType());
        named.put(family, params);
      }
      return new FilterSpecs(named);
    }
  }
}
