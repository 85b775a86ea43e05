package dev.jinglian.filter;

import dev.jinglian.lang.LanguageFilter;
import dev.jinglian.quality.C4Filter;
import dev.jinglian.quality.ChineseFilter;
import dev.jinglian.quality.FineWebFilter;
import dev.jinglian.quality.GopherQualityFilter;
import dev.jinglian.quality.GopherRepetitionFilter;
import dev.jinglian.quality.LengthFilter;
import dev.jinglian.qualitymodel.QualityModelFilter;
import dev.jinglian.safety.FlaggedWordsFilter;
import dev.jinglian.safety.UrlBlocklistFilter;
import dev.jinglian.tags.ContentTags;
import dev.jinglian.tags.NameTags;
import dev.jinglian.tags.RegisterTags;
import dev.jinglian.tags.WordTags;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every filter family the recipe can name. A new rule family is one class plus one line here. */
public final class FilterRegistry {
  private static final List<FilterDefinition<?>> DEFINITIONS = List.of(
      LengthFilter.DEFINITION,
      LanguageFilter.DEFINITION,
      UrlBlocklistFilter.DEFINITION,
      FlaggedWordsFilter.DEFINITION,
      GopherQualityFilter.DEFINITION,
      GopherRepetitionFilter.DEFINITION,
      C4Filter.DEFINITION,
      FineWebFilter.DEFINITION,
      ChineseFilter.DEFINITION,
      WordTags.DEFINITION,
      NameTags.DEFINITION,
      RegisterTags.DEFINITION,
      ContentTags.DEFINITION,
      QualityModelFilter.DEFINITION);

  private static final Map<String, FilterDefinition<?>> BY_FAMILY = DEFINITIONS.stream()
      .collect(Collectors.toMap(FilterDefinition::family, Function.identity(), (a, b) -> {
        throw new IllegalStateException("filter family registered twice: " + a.family());
      }, java.util.LinkedHashMap::new));

  private FilterRegistry() {}

  public static List<FilterDefinition<?>> definitions() {
    return DEFINITIONS;
  }

  public static List<String> families() {
    return List.copyOf(BY_FAMILY.keySet());
  }

  public static FilterDefinition<?> definition(String family) {
    FilterDefinition<?> def = BY_FAMILY.get(family);
    if (def == null) {
      throw new IllegalArgumentException("unknown filter '" + family + "' (known filters: "
          + String.join(", ", BY_FAMILY.keySet()) + ")");
    }
    return def;
  }
}
