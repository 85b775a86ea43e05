package dev.jinglian.mix;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a mix achieved for one source of one stage.
 *
 * @param availableTokens clean tokens of the source after the stage's selection
 * @param targetTokens what the recipe asked for
 * @param achievedTokens what the stage's shards hold
 * @param epochs passes over the source ({@code achieved / available})
 * @param met whether achieved is within {@link Mixer#TOLERANCE} of the target
 * @param note why the target was not met (null when it was)
 */
public record SourceOutcome(
    @JsonProperty("available_tokens") long availableTokens,
    @JsonProperty("target_tokens") long targetTokens,
    @JsonProperty("achieved_tokens") long achievedTokens,
    @JsonProperty("epochs") double epochs,
    @JsonProperty("met") boolean met,
    @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("note") String note) {}
