package dev.jinglian.safety.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where numbers can hide personal information: one cheap pass finds the number clusters of a text (maximal runs
 * of digits and the characters numbers are written with: space, hyphen, dot, parentheses, plus), so the number
 * patterns run only on clusters with enough digits. A year, a page number or a price is never looked at again,
 * and most prose has no cluster worth a regular expression.
 */
final class TextScan {
  /** A number cluster {@code [start, end)} with its digit and dot counts. */
  record Cluster(int start, int end, int digits, int dots) {}

  /** Clusters with fewer digits hold nothing any detector looks for (the shortest, an IPv4 address, has 4). */
  private static final int MIN_DIGITS = 4;

  final List<Cluster> clusters;

  private TextScan(List<Cluster> clusters) {
    this.clusters = clusters;
  }

  static TextScan of(String text) {
    List<Cluster> clusters = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Digits.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (start > 0 && isNumberPunctuation(text.charAt(start - 1))) {
        start--;
      }
      int digits = 0;
      int dots = 0;
      int end = i;
      while (end < n && (Digits.isDigit(text.charAt(end)) || isNumberPunctuation(text.charAt(end)))) {
        char d = text.charAt(end);
        if (Digits.isDigit(d)) {
          digits++;
        } else if (d == '.') {
          dots++;
        }
        end++;
      }
      if (digits >= MIN_DIGITS) {
        clusters.add(new Cluster(start, end, digits, dots));
      }
      i = end;
    }
    return new TextScan(clusters);
  }

  /**
   * Runs {@code pattern} over every cluster with at least {@code minDigits} digits and {@code minDots} dots. The
   * region reaches {@code tail} chars past the cluster (an ID number's final {@code X}); look-arounds see the
   * whole text, so boundary rules behave as if the pattern ran on all of it.
   */
  void find(String text, Pattern pattern, int minDigits, int minDots, int tail, MatchSink sink) {
    Matcher m = pattern.matcher(text);
    m.useTransparentBounds(true).useAnchoringBounds(false);
    for (Cluster c : clusters) {
      if (c.digits() < minDigits || c.dots() < minDots) {
        continue;
      }
      m.region(c.start(), Math.min(text.length(), c.end() + tail));
      while (m.find()) {
        sink.accept(m);
      }
    }
  }

  /** Receives each match. */
  interface MatchSink {
    void accept(Matcher m);
  }

  private static boolean isNumberPunctuation(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+';
  }
}
