package dev.jinglian.recipe;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;

/**
 * How much of one source a mix takes: a share of the stage's total ({@code weight}) or an absolute number of
 * clean tokens ({@code tokens}), at most {@code max_epochs} passes over the source (up-sampling cap).
 */
public record SourceTarget(
    @JsonPropertyDescription("share of the stage's total_tokens (weights of a stage sum to 1)")
    @JsonProperty("weight") Double weight,
    @JsonPropertyDescription("absolute target in clean tokens (instead of weight)")
    @JsonProperty("tokens") Long tokens,
    @JsonPropertyDescription("most passes over the source; above 1 small sources are repeated (default 1)")
    @JsonProperty("max_epochs") Double maxEpochs,
    @JsonPropertyDescription("documents of this source the stage may use")
    @JsonProperty("select") SelectSpec select) implements Serializable {

  public static final double MAX_EPOCHS_DEFAULT = 1.0;

  public SourceTarget {
    if ((weight == null) == (tokens == null)) {
      throw new IllegalArgumentException("give exactly one of weight or tokens");
    }
    if (weight != null && !(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight must be in (0, 1], got " + weight);
    }
    if (tokens != null && tokens < 0) {
      throw new IllegalArgumentException("tokens must not be negative, got " + tokens);
    }
    maxEpochs = maxEpochs == null ? MAX_EPOCHS_DEFAULT : maxEpochs;
    if (!(maxEpochs > 0) || maxEpochs > 1000) {
      throw new IllegalArgumentException("max_epochs must be in (0, 1000], got " + maxEpochs);
    }
    select = select == null ? SelectSpec.all() : select;
  }
}
