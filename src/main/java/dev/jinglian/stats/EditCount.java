package dev.jinglian.stats;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How often one kind of edit was made: in how many documents, and how many times in all (a document with three
 * redacted phone numbers counts once under {@code docs} and three times under {@code edits}).
 */
public record EditCount(@JsonProperty("docs") long docs, @JsonProperty("edits") long edits) {
  public EditCount plus(EditCount o) {
    return new EditCount(docs + o.docs, edits + o.edits);
  }
}
