package dev.jinglian.recipe;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;
import java.util.regex.Pattern;

/** One curriculum stage: its name (shards go to {@code shards/<name>/}) and its own mix. */
public record StageSpec(
    @JsonPropertyDescription("stage name, [a-z0-9_-]; shards of the stage are written to shards/<name>/")
    @JsonProperty(value = "name", required = true) String name,
    @JsonPropertyDescription("the stage's mix")
    @JsonProperty(value = "mix", required = true) MixSpec mix) implements Serializable {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  public StageSpec {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("stage name '" + name + "' must match [a-z0-9][a-z0-9_-]*");
    }
    if (mix == null) {
      throw new IllegalArgumentException("stage '" + name + "' needs a mix");
    }
  }
}
