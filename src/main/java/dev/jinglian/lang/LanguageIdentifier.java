package dev.jinglian.lang;

import dev.jinglian.tag.DocumentAnalysis;
import java.io.Serializable;

/** Labels a document with a BCP-47 language tag and a confidence in [0, 1]. */
public interface LanguageIdentifier extends Serializable {
  void identify(DocumentAnalysis doc);
}
