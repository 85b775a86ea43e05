package dev.jinglian.filter;

/**
 * Why a document was dropped. Each rule family declares its reasons as an enum implementing this interface;
 * the serialized form is {@code family/code}, e.g. {@code gopher_quality/too_few_words}.
 */
public interface Reason {
  String family();

  String code();

  default String key() {
    return family() + "/" + code();
  }
}
