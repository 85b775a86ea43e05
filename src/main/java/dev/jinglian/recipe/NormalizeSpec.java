package dev.jinglian.recipe;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;

/**
 * Text normalization applied to every document before tagging.
 *
 * @param unicodeForm Unicode normalization form: {@code NFKC} (default), {@code NFC} or {@code none}
 * @param whitespace collapse runs of spaces, trim line ends, drop control and zero-width characters
 * @param traditionalToSimplified convert traditional Chinese characters to simplified (HanLP)
 * @param pii redaction of personal information, applied last (default: on, every type)
 */
public record NormalizeSpec(
    @JsonPropertyDescription("NFKC, NFC or none")
    @JsonProperty("unicode_form") String unicodeForm,
    @JsonPropertyDescription("unify line breaks, collapse inner spaces (keeping indentation), drop control and zero-width characters")
    @JsonProperty("whitespace") Boolean whitespace,
    @JsonPropertyDescription("convert traditional Chinese characters to simplified (HanLP, character level)")
    @JsonProperty("traditional_to_simplified") Boolean traditionalToSimplified,
    @JsonPropertyDescription("PII redaction with typed placeholders (runs after the other normalization)")
    @JsonProperty("pii") PiiSpec pii) implements Serializable {

  public static final String UNICODE_FORM_DEFAULT = "NFKC";

  public NormalizeSpec {
    unicodeForm = unicodeForm == null ? UNICODE_FORM_DEFAULT : unicodeForm.toUpperCase(java.util.Locale.ROOT);
    if (!unicodeForm.equals("NFKC") && !unicodeForm.equals("NFC") && !unicodeForm.equals("NONE")) {
      throw new IllegalArgumentException("unicode_form must be NFKC, NFC or none, got '" + unicodeForm + "'");
    }
    whitespace = whitespace == null ? Boolean.TRUE : whitespace;
    traditionalToSimplified = traditionalToSimplified != null && traditionalToSimplified;
    pii = pii == null ? PiiSpec.defaults() : pii;
  }

  /** Normalization with the default PII redaction. */
  public NormalizeSpec(String unicodeForm, Boolean whitespace, Boolean traditionalToSimplified) {
    this(unicodeForm, whitespace, traditionalToSimplified, null);
  }

  public static NormalizeSpec defaults() {
    return new NormalizeSpec(null, null, null, null);
  }
}
