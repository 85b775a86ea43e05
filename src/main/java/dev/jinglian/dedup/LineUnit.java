package dev.jinglian.dedup;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.jinglian.recipe.RecipeKeys;

/** What boilerplate dedup counts and removes: single lines, or paragraphs (runs of non-blank lines). */
public enum LineUnit {
  /** One line of text ({@code \n}-separated). */
  LINE("line"),
  /** A paragraph: consecutive non-blank lines, separated from the next by a blank line. */
  PARAGRAPH("paragraph");

  private final String key;

  LineUnit(String key) {
    this.key = key;
  }

  @JsonValue
  public String key() {
    return key;
  }

  @JsonCreator
  public static LineUnit parse(String value) {
    return RecipeKeys.parse(values(), LineUnit::key, "unit", value);
  }
}
