package dev.jinglian.safety.pii;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PRC resident identity card numbers (GB 11643): 18 characters = 6-digit administrative division code, 8-digit
 * birth date, 3-digit sequence, and a check character (ISO 7064 MOD 11-2, {@code X} for 10). A candidate is
 * redacted only when its province code exists, its birth date is a real calendar date between 1900 and 2030, and
 * its check character is right: a random 18-digit number passes all three with well under 1% probability.
 * The birth-date window is fixed (not "today") so the same input gives the same output in any year.
 * The 15-digit pre-1999 form has no check character and is not redacted.
 */
final class ResidentIdDetector implements PiiDetector {
  private static final Pattern ID = Pattern.compile("(?<![0-9A-Za-z])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";
  /** First two digits: provinces, autonomous regions, municipalities, Taiwan, Hong Kong, Macao. */
  private static final Set<Integer> PROVINCES = Set.of(11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36,
      37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83);
  static final int MIN_BIRTH_YEAR = 1900;
  static final int MAX_BIRTH_YEAR = 2030;

  @Override
  public PiiKind kind() {
    return PiiKind.ID_NUMBER;
  }

  @Override
  public void find(String text, TextScan scan, List<Span> out) {
    scan.find(text, ID, 17, 0, 1, m -> {
      if (isValid(m.group())) {
        out.add(new Span(m.start(), m.end(), PiiKind.ID_NUMBER));
      }
    });
  }

  static boolean isValid(String id) {
    if (id.length() != 18 || !PROVINCES.contains(Integer.parseInt(id.substring(0, 2)))) {
      return false;
    }
    int year = Integer.parseInt(id.substring(6, 10));
    if (year < MIN_BIRTH_YEAR || year > MAX_BIRTH_YEAR) {
      return false;
    }
    try {
      LocalDate.of(year, Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
    } catch (DateTimeException e) {
      return false;
    }
    return Character.toUpperCase(id.charAt(17)) == checkChar(id);
  }

  /** ISO 7064 MOD 11-2 check character of the first 17 digits. */
  static char checkChar(String id) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK.charAt(sum % 11);
  }
}
