package dev.jinglian.recipe;

import com.fasterxml.jackson.annotation.JsonProperty;
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
    @JsonProperty("unicode_form") String unicodeForm,
    @JsonProperty("whitespace") Boolean whitespace,
    @JsonProperty("traditional_to_simplified") Boolean traditionalToSimplified,
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
