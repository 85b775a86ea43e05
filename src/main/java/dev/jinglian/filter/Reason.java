package dev.jinglian.filter;

/**
 * Why a document was dropped. Each rule family declares its reasons as an enum implementing this interface;
 * the serialized form is {@code family/code}, e.g. {@code gopher_quality/too_few_words}.
 */
public interface Reason {
  String family();

  /** The code; for an enum, by default its constant's name in lower case ({@code TOO_SHORT} → {@code too_short}). */
  default String code() {
    if (this instanceof Enum<?> e) {
      return e.name().toLowerCase(java.util.Locale.ROOT);
    }
    throw new UnsupportedOperationException(getClass().getName() + " must implement code()");
  }

  default String key() {
    return family() + "/" + code();
  }
}
