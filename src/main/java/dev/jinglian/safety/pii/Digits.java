package dev.jinglian.safety.pii;

/** Small helpers the number detectors share: separator stripping, neighbour checks and the Luhn checksum. */
final class Digits {
  private Digits() {}

  /** The ASCII digits of {@code text[start, end)}, separators dropped. */
  static String of(CharSequence text, int start, int end) {
    StringBuilder sb = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Whether a grouped span (one with a space or hyphen inside) continues a longer group of digits: directly
   * preceded by "digit, separator" or followed by "separator, digit", e.g. the phone-shaped
   * {@code 1381 2345 6789} inside {@code 6222 1381 2345 6789 000}. A solid span is bounded by its regex's digit
   * look-arounds instead, so two numbers separated by a space stay two numbers.
   */
  static boolean continuesDigitGroups(CharSequence text, int start, int end) {
    if (!hasSeparator(text, start, end)) {
      return false;
    }
    boolean before = start >= 2 && isSeparator(text.charAt(start - 1)) && isDigit(text.charAt(start - 2));
    boolean after = end + 1 < text.length() && isSeparator(text.charAt(end)) && isDigit(text.charAt(end + 1));
    return before || after;
  }

  private static boolean hasSeparator(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (isSeparator(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-';
  }

  /** The Luhn (mod 10) checksum every payment card number carries in its last digit. */
  static boolean luhnValid(String digits) {
    int sum = 0;
    boolean doubleIt = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
  }
}
