package dev.jinglian.safety.pii;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment card numbers: 13–19 digits, written solid or in groups separated by spaces or hyphens (4-4-4-4[-3],
 * Amex 4-6-5), with a card-network prefix (Visa 4, Mastercard 51–55 and 2221–2720, Amex/JCB/Diners 30–38,
 * UnionPay/Discover/Maestro 5x and 6) and a valid Luhn check digit. The prefix rule keeps ISBN-13s (978/979),
 * millisecond timestamps (1...) and date-led order numbers (20231001...) out; the Luhn test rejects nine in ten
 * other numbers of card length. Digits that continue a longer run or digit group are never taken.
 */
final class BankCardDetector implements PiiDetector {
  private static final Pattern SOLID = Pattern.compile("(?<![0-9A-Za-z])[2-6][0-9]{12,18}(?![0-9A-Za-z])");
  private static final Pattern GROUPED = Pattern.compile(
      "(?<![0-9A-Za-z])(?:[2-6][0-9]{3}([ -])[0-9]{4}(?:\\1[0-9]{4}){1,2}(?:\\1[0-9]{1,3})?"
          + "|3[47][0-9]{2}([ -])[0-9]{6}\\2[0-9]{5})(?![0-9A-Za-z])");

  @Override
  public PiiKind kind() {
    return PiiKind.BANK_CARD;
  }

  @Override
  public boolean worthScanning(TextProbe probe) {
    return probe.digits() >= 13;
  }

  @Override
  public void find(String text, List<Span> out) {
    for (Pattern p : new Pattern[] {SOLID, GROUPED}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String digits = Digits.of(text, m.start(), m.end());
        if (!Digits.continuesDigitGroups(text, m.start(), m.end()) && isCardNumber(digits)) {
          out.add(new Span(m.start(), m.end(), PiiKind.BANK_CARD));
        }
      }
    }
  }

  static boolean isCardNumber(String digits) {
    return digits.length() >= 13 && digits.length() <= 19 && hasNetworkPrefix(digits) && Digits.luhnValid(digits);
  }

  private static boolean hasNetworkPrefix(String d) {
    char first = d.charAt(0);
    if (first >= '4' && first <= '6') {
      return true;
    }
    int two = Integer.parseInt(d.substring(0, 2));
    if (first == '3') {
      return two >= 30 && two <= 38;
    }
    int four = Integer.parseInt(d.substring(0, 4));
    return four >= 2221 && four <= 2720;
  }
}
