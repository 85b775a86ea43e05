package dev.jinglian.safety.pii;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses: a local part of the usual unquoted characters, {@code @}, one or more dotted DNS labels and
 * an alphabetic top-level domain. Handles and decorators ({@code @user}, {@code @Override}) have no dotted domain
 * and do not match; neither does {@code user@localhost}.
 */
final class EmailDetector implements PiiDetector {
  private static final Pattern EMAIL = Pattern.compile(
      "(?<![A-Za-z0-9._%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?"
          + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-])");

  @Override
  public PiiKind kind() {
    return PiiKind.EMAIL;
  }

  /** RFC 5321 limits: 64 characters of local part, 255 of domain. */
  private static final int MAX_LOCAL = 64;
  private static final int MAX_DOMAIN = 255;

  /**
   * Runs the pattern only from the start of the local-part characters before each {@code @} to the end of the
   * longest possible domain, so its cost does not depend on the length of the text.
   */
  @Override
  public void find(String text, TextScan scan, List<Span> out) {
    int at = text.indexOf('@');
    if (at < 0) {
      return;
    }
    Matcher m = EMAIL.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int done = 0;
    while (at >= 0) {
      int start = at;
      while (start > Math.max(done, at - MAX_LOCAL) && isLocalChar(text.charAt(start - 1))) {
        start--;
      }
      int end = Math.min(text.length(), at + 1 + MAX_DOMAIN);
      for (int from = start; from < at; from++) {
        m.region(from, end);
        if (m.lookingAt()) {
          out.add(new Span(m.start(), m.end(), PiiKind.EMAIL));
          done = m.end();
          break;
        }
      }
      at = text.indexOf('@', Math.max(at + 1, done));
    }
  }

  private static boolean isLocalChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || Digits.isDigit(c) || c == '.' || c == '_' || c == '%'
        || c == '+' || c == '-';
  }
}
