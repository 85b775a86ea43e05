package dev.jinglian.safety.pii;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telephone numbers in the forms that carry a person's number, each anchored so that ordinary numbers (years,
 * prices, counts, dates, ISBNs) cannot take their shape:
 * <ul>
 *   <li>mainland mobile: {@code 1[3-9]} + 9 digits, solid or 3-4-4 with spaces/hyphens, optional {@code +86},
 *       {@code 0086} or {@code (+86)} prefix;</li>
 *   <li>mainland landline: a real area code with its trunk 0 ({@code 010}, {@code 02x}, {@code 0xxx}), then a
 *       separator or parentheses (a bare 0-led digit run is too ambiguous), a 7–8 digit local number not
 *       starting with 0, and an optional hyphenated extension;</li>
 *   <li>international: {@code +} country code and 2–5 groups, 8–15 digits in all (the E.164 limit);</li>
 *   <li>North American: {@code (415) 555-2671}, {@code 415-555-2671}, {@code 1-800-555-0199}, separators
 *       required, area code and exchange not starting with 0 or 1.</li>
 * </ul>
 * A match that continues a longer digit run or digit group (space/hyphen separated) is not a phone number.
 */
final class PhoneDetector implements PiiDetector {
  private static final String CN_PREFIX = "(?:(?:\\+86|0086)[ -]?|\\(\\+?86\\)[ -]?)?";
  private static final Pattern MOBILE = Pattern.compile(
      "(?<![0-9A-Za-z+])" + CN_PREFIX + "1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9A-Za-z])");
  private static final Pattern LANDLINE = Pattern.compile(
      "(?<![0-9A-Za-z])(?:\\(0(?:10|2[0-9]|[3-9][0-9]{2})\\) ?|0(?:10|2[0-9]|[3-9][0-9]{2})[ -])"
          + "[1-9][0-9]{6,7}(?:-[0-9]{1,5})?(?![0-9A-Za-z])");
  private static final Pattern INTERNATIONAL = Pattern.compile(
      "(?<![0-9A-Za-z+])\\+[1-9][0-9]{0,2}[ .-]?\\(?[0-9]{1,4}\\)?(?:[ .-]?[0-9]{2,4}){2,4}(?![0-9A-Za-z])");
  private static final Pattern NORTH_AMERICAN = Pattern.compile(
      "(?<![0-9A-Za-z])(?:1[-. ])?(?:\\([2-9][0-9]{2}\\) ?|[2-9][0-9]{2}[-. ])[2-9][0-9]{2}[-. ][0-9]{4}"
          + "(?![0-9A-Za-z])");
  private static final Pattern[] PATTERNS = {MOBILE, LANDLINE, INTERNATIONAL, NORTH_AMERICAN};
  private static final int E164_MIN_DIGITS = 8;
  private static final int E164_MAX_DIGITS = 15;

  @Override
  public PiiKind kind() {
    return PiiKind.PHONE;
  }

  @Override
  public boolean worthScanning(TextProbe probe) {
    return probe.digits() >= E164_MIN_DIGITS;
  }

  @Override
  public void find(String text, List<Span> out) {
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (Digits.continuesDigitGroups(text, m.start(), m.end())) {
          continue;
        }
        if (p == INTERNATIONAL) {
          int digits = Digits.of(text, m.start(), m.end()).length();
          if (digits < E164_MIN_DIGITS || digits > E164_MAX_DIGITS) {
            continue;
          }
        }
        out.add(new Span(m.start(), m.end(), PiiKind.PHONE));
      }
    }
  }
}
