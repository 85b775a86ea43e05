package dev.jinglian.safety.pii;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Payment card numbers: 13–19 digits, written solid or in groups separated by spaces or hyphens (4-4-4-4[-3],
 * Amex 4-6-5), whose prefix belongs to a card network issuing numbers of that length (Visa 4: 13/16/19,
 * Mastercard 51–55 and 2221–2720: 16, Amex 34/37: 15, Diners, JCB, UnionPay 62, Discover, Maestro) and whose last
 * digit is the Luhn check digit. The prefix rule keeps ISBN-13s (978/979), millisecond timestamps (1...) and
 * date-led order numbers (20231001...) out; the Luhn test rejects nine in ten other numbers. Digits that continue
 * a longer run or digit group, or sit in a path or identifier ({@code /projects/5251...}), are never taken.
 */
final class BankCardDetector implements PiiDetector {
  private static final Pattern SOLID = Pattern.compile("(?<![0-9A-Za-z/_])[2-6][0-9]{12,18}(?![0-9A-Za-z/_])");
  private static final Pattern GROUPED = Pattern.compile(
      "(?<![0-9A-Za-z/_])(?:[2-6][0-9]{3}([ -])[0-9]{4}(?:\\1[0-9]{4}){1,2}(?:\\1[0-9]{1,3})?"
          + "|3[47][0-9]{2}([ -])[0-9]{6}\\2[0-9]{5})(?![0-9A-Za-z/_])");
  private static final int MIN_DIGITS = 13;

  @Override
  public PiiKind kind() {
    return PiiKind.BANK_CARD;
  }

  @Override
  public void find(String text, TextScan scan, List<Span> out) {
    for (Pattern p : new Pattern[] {SOLID, GROUPED}) {
      scan.find(text, p, MIN_DIGITS, 0, 0, m -> {
        String digits = Digits.of(text, m.start(), m.end());
        if (!Digits.continuesDigitGroups(text, m.start(), m.end()) && isCardNumber(digits)) {
          out.add(new Span(m.start(), m.end(), PiiKind.BANK_CARD));
        }
      });
    }
  }

  static boolean isCardNumber(String digits) {
    return hasNetworkLength(digits) && Digits.luhnValid(digits);
  }

  /** Whether the number's prefix belongs to a card network that issues numbers of its length. */
  private static boolean hasNetworkLength(String d) {
    int len = d.length();
    int two = Integer.parseInt(d.substring(0, 2));
    int four = Integer.parseInt(d.substring(0, 4));
    if (d.charAt(0) == '4') {
      return len == 13 || len == 16 || len == 19;                 // Visa
    }
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
      return len == 16;                                            // Mastercard
    }
    if (two == 34 || two == 37) {
      return len == 15;                                            // American Express
    }
    if (two == 30 || two == 36 || two == 38) {
      return len == 14 || len == 16;                               // Diners Club
    }
    if (two == 35) {
      return len >= 16 && len <= 19;                               // JCB
    }
    if (two == 50 || (two >= 56 && two <= 69)) {
      return len >= 13 && len <= 19;                               // UnionPay 62, Discover 6011/64/65, Maestro
    }
    return false;
  }
}
