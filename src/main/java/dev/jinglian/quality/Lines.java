package dev.jinglian.quality;

import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Script;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Line views the line-based rules share. */
final class Lines {
  private Lines() {}

  /**
   * The document's lines without surrounding whitespace, blank lines left out. Rules count over these: blank
   * lines carry no text, and counting them would make a ratio depend on how paragraphs are spaced.
   */
  static List<String> nonBlank(DocumentAnalysis doc) {
    List<String> out = new ArrayList<>();
    for (String line : doc.lines()) {
      String s = line.strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /** Share of {@code count} among {@code total}, 0 when there is nothing to count. */
  static double ratio(double count, double total) {
    return total == 0 ? 0 : count / total;
  }

  /** Repeats of earlier elements: how many, and their characters (whitespace excluded). */
  static long[] duplicates(List<String> items) {
    Set<String> seen = new HashSet<>();
    long count = 0;
    long chars = 0;
    for (String s : items) {
      if (!seen.add(s)) {
        count++;
        chars += nonSpaceChars(s);
      }
    }
    return new long[] {count, chars};
  }

  /** Code points of the document that are not whitespace (from the shared script profile). */
  static long nonSpaceChars(DocumentAnalysis doc) {
    return doc.scripts().codePoints() - doc.scripts().count(Script.SPACE);
  }

  /** Code points that are not whitespace. */
  static long nonSpaceChars(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isLowSurrogate(c)) {
        n++;
      }
    }
    return n;
  }

  /** Occurrences of {@code part} in {@code s}, not overlapping. */
  static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  /** Occurrences of {@code c} in {@code s}. */
  static int count(String s, char c) {
    int n = 0;
    for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
      n++;
    }
    return n;
  }
}
