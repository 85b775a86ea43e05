package dev.jinglian.normalize;

import dev.jinglian.recipe.NormalizeSpec;
import dev.jinglian.safety.pii.PiiRedaction;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The recipe's normalization transforms, in order: Unicode form, whitespace, traditional → simplified, PII
 * redaction (last, so that it sees ASCII digits and {@code @} and its placeholders are not rewritten).
 */
public final class Normalization {
  private Normalization() {}

  public static List<Transform> from(NormalizeSpec spec) {
    List<Transform> transforms = new ArrayList<>();
    switch (spec.unicodeForm()) {
      case "NFKC" -> transforms.add(new UnicodeNormalization(Normalizer.Form.NFKC));
      case "NFC" -> transforms.add(new UnicodeNormalization(Normalizer.Form.NFC));
      default -> { }
    }
    if (spec.whitespace()) {
      transforms.add(new WhitespaceCleanup());
    }
    if (spec.traditionalToSimplified()) {
      transforms.add(new TraditionalToSimplified());
    }
    if (!spec.pii().kinds().isEmpty()) {
      transforms.add(new PiiRedaction(spec.pii()));
    }
    return List.copyOf(transforms);
  }

  /** Applies {@code transforms} in order, counting their edits. */
  public static String apply(List<Transform> transforms, String text, Edits edits) {
    String out = text;
    for (Transform t : transforms) {
      out = t.apply(out, edits);
    }
    return out;
  }
}
