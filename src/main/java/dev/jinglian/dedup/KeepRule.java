package dev.jinglian.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.jinglian.doc.Columns;
import dev.jinglian.recipe.RecipeKeys;
import java.util.List;
import org.apache.spark.sql.Column;

/**
 * Which member of a duplicate cluster stays. Both rules are total orders over (source, id), so the survivor does
 * not depend on partitioning or input order: the same corpus always keeps the same documents.
 */
public enum KeepRule {
  /** The document of the source listed first in the recipe, then the smallest id (string order). */
  LOWEST_ID("lowest_id"),
  /** The longest document (most characters); ties broken as {@link #LOWEST_ID}. */
  LONGEST("longest");

  private final String key;

  KeepRule(String key) {
    this.key = key;
  }

  @JsonValue
  public String key() {
    return key;
  }

  @JsonCreator
  public static KeepRule parse(String value) {
    return RecipeKeys.parse(values(), KeepRule::key, "keep", value);
  }

  /** Column of the character count a {@link #LONGEST} rule compares. */
  public static final String CHARS = "chars";

  /**
   * A struct whose minimum over a cluster is its survivor; it has fields {@code source} and {@code id}.
   * Needs the columns {@code source}, {@code id} and {@link #CHARS}.
   *
   * @param sourceOrder source names in the recipe's order (earlier sources are preferred)
   */
  public Column rank(List<String> sourceOrder) {
    Column sourceIndex = lit(sourceOrder.size());
    for (int i = sourceOrder.size() - 1; i >= 0; i--) {
      sourceIndex = when(col(Columns.SOURCE).equalTo(sourceOrder.get(i)), lit(i)).otherwise(sourceIndex);
    }
    Column source = col(Columns.SOURCE).as(Columns.SOURCE);
    Column id = col(Columns.ID).as(Columns.ID);
    return switch (this) {
      case LOWEST_ID -> struct(sourceIndex.as("source_index"), id, source);
      case LONGEST -> struct(col(CHARS).multiply(-1).as("minus_chars"), sourceIndex.as("source_index"), id, source);
    };
  }
}
