package dev.jinglian.normalize;

import java.text.Normalizer;

/**
 * Unicode normalization (NFKC folds full-width Latin letters, digits and punctuation such as {@code ，！？} to their
 * ASCII forms and compatibility ideographs to unified ones; {@code 。、} stay). Rules that look for Chinese
 * punctuation therefore accept both forms.
 */
public final class UnicodeNormalization implements Transform {
  private final Normalizer.Form form;

  public UnicodeNormalization(Normalizer.Form form) {
    this.form = form;
  }

  @Override
  public String name() {
    return form.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String apply(String text) {
    return isPlainAscii(text) ? text : Normalizer.normalize(text, form);
  }

  private static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
