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

  @Override
  public boolean worthScanning(TextProbe probe) {
    return probe.hasAt() && probe.dots() > 0;
  }

  @Override
  public void find(String text, List<Span> out) {
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      out.add(new Span(m.start(), m.end(), PiiKind.EMAIL));
    }
  }
}
