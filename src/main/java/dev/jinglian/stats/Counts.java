package dev.jinglian.stats;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Documents and tokens. */
public record Counts(@JsonProperty("docs") long docs, @JsonProperty("tokens") long tokens) {
  public static final Counts ZERO = new Counts(0, 0);

  public Counts plus(Counts o) {
    return new Counts(docs + o.docs, tokens + o.tokens);
  }

  public Counts minus(Counts o) {
    return new Counts(docs - o.docs, tokens - o.tokens);
  }
}
