package dev.jinglian.recipe;

/** A recipe that cannot be used, with the file, line and key that are wrong. */
public final class RecipeException extends RuntimeException {
  public RecipeException(String message) {
    super(message);
  }

  public RecipeException(String message, Throwable cause) {
    super(message, cause);
  }
}
