package dev.jinglian.safety.pii;

import java.util.Locale;

/**
 * A kind of personal information the redactor replaces, with its placeholder and its edit counter name.
 * Declaration order is priority when two finds overlap: the more specific pattern first (an e-mail's local part
 * may be a phone number; an 18-digit ID number also has card length).
 */
public enum PiiKind {
  EMAIL("<EMAIL>"),
  IP("<IP>"),
  ID_NUMBER("<ID_NUMBER>"),
  BANK_CARD("<BANK_CARD>"),
  PHONE("<PHONE>");

  private final String placeholder;

  PiiKind(String placeholder) {
    this.placeholder = placeholder;
  }

  /** The text that replaces a redacted span. */
  public String placeholder() {
    return placeholder;
  }

  /** Recipe spelling, e.g. {@code id_number}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Name of the edit counter in the work table and stats, e.g. {@code pii_email}. */
  public String editName() {
    return "pii_" + key();
  }

  /** The kind for a recipe spelling, failing with the list of known kinds. */
  public static PiiKind fromKey(String key) {
    for (PiiKind k : values()) {
      if (k.key().equals(key)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown PII type '" + key + "' (known types: email, phone, id_number, "
        + "bank_card, ip)");
  }
}
