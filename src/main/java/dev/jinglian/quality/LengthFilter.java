package dev.jinglian.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.jinglian.filter.DocumentFilter;
import dev.jinglian.filter.FilterDefinition;
import dev.jinglian.filter.FilterParams;
import dev.jinglian.filter.Reason;
import dev.jinglian.filter.Threshold;
import dev.jinglian.filter.Verdict;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import java.util.List;

/**
 * Document length in characters (code points of the normalized text), for every language: drops fragments too
 * short to carry meaning and giant documents (dumps, logs) that would dominate a shard.
 */
public final class LengthFilter implements DocumentFilter {
  public static final String FAMILY = "length";
  public static final String CHARS = "chars";

  public static final FilterDefinition<Params> DEFINITION =
      new FilterDefinition<>(FAMILY, Params.class, true, LengthFilter::new,
          "documents too short to carry meaning or too long for a shard (characters)");

  /** Why {@link LengthFilter} drops a document. */
  public enum Why implements Reason {
    TOO_SHORT, TOO_LONG;

    @Override
    public String family() {
      return FAMILY;
    }
  }

  /**
   * @param enabled whether the rule runs (default true)
   * @param minChars fewest code points a kept document has (default 10)
   * @param maxChars most code points a kept document has (default 5,000,000)
   */
  public record Params(
      @JsonPropertyDescription("whether the rule runs")
    @JsonProperty("enabled") Boolean enabled,
      @JsonPropertyDescription("fewest characters (code points) a kept document has")
    @JsonProperty("min_chars") Integer minChars,
      @JsonPropertyDescription("most characters a kept document has")
    @JsonProperty("max_chars") Integer maxChars) implements FilterParams {
    public static final int MIN_CHARS_DEFAULT = 10;
    public static final int MAX_CHARS_DEFAULT = 5_000_000;

    public Params {
      enabled = enabled == null || enabled;
      minChars = minChars == null ? MIN_CHARS_DEFAULT : minChars;
      maxChars = maxChars == null ? MAX_CHARS_DEFAULT : maxChars;
      if (minChars < 0 || maxChars < minChars) {
        throw new IllegalArgumentException("length: need 0 <= min_chars <= max_chars, got min_chars=" + minChars
            + ", max_chars=" + maxChars);
      }
    }
  }

  private final Params params;

  public LengthFilter(Params params) {
    this.params = params;
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public List<String> signalNames() {
    return List.of(CHARS);
  }

  @Override
  public List<Threshold> thresholds() {
    return List.of(Threshold.min(CHARS, params.minChars()), Threshold.max(CHARS, params.maxChars()));
  }

  @Override
  public void measure(DocumentAnalysis doc, Signals out) {
    out.put(CHARS, doc.scripts().codePoints());
  }

  @Override
  public Verdict decide(DocumentAnalysis doc, Signals signals) {
    double chars = signals.get(CHARS);
    if (chars < params.minChars()) {
      return Verdict.reject(Why.TOO_SHORT, chars, "<", params.minChars());
    }
    if (chars > params.maxChars()) {
      return Verdict.reject(Why.TOO_LONG, chars, ">", params.maxChars());
    }
    return Verdict.keep();
  }
}
