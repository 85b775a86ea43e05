package dev.jinglian.recipe;

import java.util.List;

/**
 * A validation failure that knows which recipe key is wrong (e.g. {@code stages[1].mix.sources.web}), so the
 * loader can point at the key's line even for checks that span several sections.
 */
public final class KeyException extends IllegalArgumentException {
  private final List<Object> path;

  /** @param path field names (String) and list indexes (Integer) from the recipe root */
  public KeyException(List<Object> path, String message) {
    super(message);
    this.path = List.copyOf(path);
  }

  public List<Object> path() {
    return path;
  }
}
