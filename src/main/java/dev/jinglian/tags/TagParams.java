package dev.jinglian.tags;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.jinglian.filter.FilterParams;

/**
 * Parameters of a tag family: tags only measure (they never drop a document), so the one setting is whether
 * the family runs. Selection on tags happens later, in a mix stage's {@code select.where}.
 *
 * @param enabled whether the family's columns are computed (default true)
 */
public record TagParams(
    @JsonPropertyDescription("whether the tag family's columns are computed (tags never drop documents)")
    @JsonProperty("enabled") Boolean enabled) implements FilterParams {
  public TagParams {
    enabled = enabled == null || enabled;
  }
}
