package dev.jinglian.filter;

import java.io.Serializable;
import java.util.function.Function;

/**
 * A registry entry: a family name, its parameter type and how to build the filter from parameters.
 *
 * @param family recipe key and reason prefix
 * @param paramsType record bound from YAML; its constructor applies defaults and validates
 * @param onByDefault whether the family runs when the recipe does not name it
 * @param factory builds the filter from validated parameters
 * @param description one line for the recipe reference: what the family drops
 */
public record FilterDefinition<P extends FilterParams>(
    String family, Class<P> paramsType, boolean onByDefault, SerializableFactory<P> factory, String description) {

  /** A definition without a description (the recipe reference then shows none for the family). */
  public FilterDefinition(String family, Class<P> paramsType, boolean onByDefault, SerializableFactory<P> factory) {
    this(family, paramsType, onByDefault, factory, "");
  }

  /** A serializable params → filter function. */
  public interface SerializableFactory<P> extends Function<P, DocumentFilter>, Serializable {}

  @SuppressWarnings("unchecked")
  public DocumentFilter build(FilterParams params) {
    return factory.apply((P) params);
  }
}
