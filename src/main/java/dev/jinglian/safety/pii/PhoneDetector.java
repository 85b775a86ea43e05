package dev.jinglian.safety.pii;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 *   <li>international: {@code +} and a country code in service, then 2–5 groups, 8–15 digits in all (the
 *       E.164 limit);</li>
 *   <li>North American: {@code (415) 555-2671}, {@code 415-555-2671}, {@code 1-800-555-0199}, separators
 *       required, area code and exchange not starting with 0 or 1.</li>
 * </ul>
 * A match that continues a longer digit run or digit group (space/hyphen separated), or sits in a path or
 * identifier ({@code /projects/19306908007/}), is not a phone number.
 */
final class PhoneDetector implements PiiDetector {
  private static final String CN_PREFIX = "(?:(?:\\+86|0086)[ -]?|\\(\\+?86\\)[ -]?)?";
  private static final String BEFORE = "(?<![0-9A-Za-z+/_])";
  private static final String AFTER = "(?![0-9A-Za-z/_])";
  private static final Pattern MOBILE = Pattern.compile(
      BEFORE + CN_PREFIX + "1[3-9][0-9](?:[ -]?[0-9]{4}){2}" + AFTER);
  private static final Pattern LANDLINE = Pattern.compile(
      BEFORE + "(?:\\(0(?:10|2[0-9]|[3-9][0-9]{2})\\) ?|0(?:10|2[0-9]|[3-9][0-9]{2})[ -])"
          + "[1-9][0-9]{6,7}(?:-[0-9]{1,5})?" + AFTER);
  private static final Pattern INTERNATIONAL = Pattern.compile(
      BEFORE + "\\+[1-9][0-9]{0,2}[ .-]?\\(?[0-9]{1,4}\\)?(?:[ .-]?[0-9]{2,4}){2,4}" + AFTER);
  private static final Pattern NORTH_AMERICAN = Pattern.compile(
      BEFORE + "(?:1[-. ])?(?:\\([2-9][0-9]{2}\\) ?|[2-9][0-9]{2}[-. ])[2-9][0-9]{2}[-. ][0-9]{4}" + AFTER);
  private static final Pattern[] PATTERNS = {MOBILE, LANDLINE, INTERNATIONAL, NORTH_AMERICAN};
  /** Fewest digits each pattern needs, in {@link #PATTERNS} order. */
  private static final int[] MIN_DIGITS = {11, 10, 8, 10};
  /**
   * ITU-T E.164 country codes in service (prefix-free: at most one is a prefix of a number). An international
   * number must start with one, which keeps signed integers such as {@code +2147483647} out.
   */
  private static final Set<String> COUNTRY_CODES = countryCodes();
  private static final int E164_MIN_DIGITS = 8;
  private static final int E164_MAX_DIGITS = 15;

  @Override
  public PiiKind kind() {
    return PiiKind.PHONE;
  }

  @Override
  public void find(String text, TextScan scan, List<Span> out) {
    for (int k = 0; k < PATTERNS.length; k++) {
      boolean international = PATTERNS[k] == INTERNATIONAL;
      scan.find(text, PATTERNS[k], MIN_DIGITS[k], 0, 0, m -> {
        if (Digits.continuesDigitGroups(text, m.start(), m.end())) {
          return;
        }
        if (international && !isE164(Digits.of(text, m.start(), m.end()))) {
          return;
        }
        out.add(new Span(m.start(), m.end(), PiiKind.PHONE));
      });
    }
  }

  static boolean isE164(String digits) {
    if (digits.length() < E164_MIN_DIGITS || digits.length() > E164_MAX_DIGITS) {
      return false;
    }
    for (int len = 1; len <= 3; len++) {
      if (COUNTRY_CODES.contains(digits.substring(0, len))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> countryCodes() {
    Set<String> codes = new HashSet<>(List.of("1", "7", "20", "27", "30", "31", "32", "33", "34", "36", "39", "40",
        "41", "43", "44", "45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61",
        "62", "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98", "211",
        "212", "213", "216", "218", "290", "291", "297", "298", "299", "420", "421", "423", "670", "850", "852",
        "853", "855", "856", "880", "886", "992", "993", "994", "995", "996", "998"));
    int[][] ranges = {{220, 258}, {260, 269}, {350, 359}, {370, 383}, {385, 387}, {389, 389}, {500, 509},
        {590, 599}, {672, 683}, {685, 692}, {960, 968}, {970, 977}};
    for (int[] r : ranges) {
      for (int c = r[0]; c <= r[1]; c++) {
        codes.add(Integer.toString(c));
      }
    }
    return Set.copyOf(codes);
  }
}
