package dev.jinglian.recipe;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks up the enum constant a recipe names by its lower-case key. */
public final class RecipeKeys {
  private RecipeKeys() {}

  /**
   * The constant of {@code values} whose key equals {@code value} (case-insensitive); otherwise an error naming
   * the recipe {@code field} and the keys it accepts.
   */
  public static <E> E parse(E[] values, Function<E, String> key, String field, String value) {
    String wanted = value.toLowerCase(Locale.ROOT);
    for (E v : values) {
      if (key.apply(v).equals(wanted)) {
        return v;
      }
    }
    throw new IllegalArgumentException(field + " must be one of " + Arrays.stream(values).map(key)
        .collect(Collectors.joining(", ")) + ", got '" + value + "'");
  }
}
