package dev.jinglian.filter;

import java.io.Serializable;

/** Typed, validated parameters of one filter family, bound from the recipe's {@code filters.<family>} map. */
public interface FilterParams extends Serializable {
  /**
   * Whether the family runs. Every params record has an {@code enabled} key whose compact constructor turns a
   * missing value into the family's default, so this is never null.
   */
  Boolean enabled();
}
