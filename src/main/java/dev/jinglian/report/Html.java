package dev.jinglian.report;

/**
 * The one escaping function for markup the report builds itself (the SVG charts); everything else reaches the
 * page through the template engine, which escapes each {@code {{value}}}. Escapes the five characters that can
 * end a text node or an attribute value, so document text can never become markup.
 */
public final class Html {
  private Html() {}

  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
