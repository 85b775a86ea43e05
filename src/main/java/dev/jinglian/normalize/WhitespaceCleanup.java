package dev.jinglian.normalize;

/**
 * Whitespace and control-character cleanup in one pass: CR/CRLF and Unicode line/paragraph separators become
 * {@code \n}; runs of spaces inside a line become one space, while a line's leading indentation is kept (tabs as
 * tabs, other spaces as spaces) so code survives; control, zero-width, bidi-override and BOM characters are
 * dropped (the zero-width joiner stays, emoji need it); trailing spaces are trimmed; at most one blank line is
 * kept between paragraphs; leading and trailing blank lines are removed.
 */
public final class WhitespaceCleanup implements Transform {
  @Override
  public String name() {
    return "whitespace";
  }

  @Override
  public String apply(String text) {
    EchoingOutput out = new EchoingOutput(text);
    StringBuilder indent = new StringBuilder();
    int pendingSpaces = 0;
    int pendingNewlines = 0;
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      byte kind = KINDS[c];
      if (kind == CARRIAGE_RETURN) {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
          continue;
        }
        kind = LINE_BREAK;
      }
      if (kind == LINE_BREAK) {
        pendingSpaces = 0;
        indent.setLength(0);
        pendingNewlines++;
        i++;
        continue;
      }
      boolean atLineStart = out.length() == 0 || pendingNewlines > 0;
      if (kind == SPACE) {
        pendingSpaces++;
        if (atLineStart) {
          indent.append(c == '\t' ? '\t' : ' ');
        }
        i++;
        continue;
      }
      if (kind == DROPPED) {
        i++;
        continue;
      }
      if (out.length() > 0 && pendingNewlines > 0) {
        out.append('\n');
        if (pendingNewlines > 1) {
          out.append('\n');
        }
      }
      if (pendingSpaces > 0) {
        if (atLineStart && out.length() > 0) {
          out.append(indent);
        } else if (!atLineStart) {
          out.append(' ');
        }
      }
      pendingSpaces = 0;
      pendingNewlines = 0;
      indent.setLength(0);
      int end = i + 1; // the rest of the run of ordinary characters goes out as it is
      while (end < text.length() && KINDS[text.charAt(end)] == ORDINARY) {
        end++;
      }
      out.append(text, i, end);
      i = end;
    }
    return out.result();
  }

  /**
   * The cleaned text, which for most documents is the input itself or a prefix of it: while everything appended
   * equals the input at the same position nothing is copied, and the copy starts at the first difference.
   */
  private static final class EchoingOutput {
    private final String input;
    private StringBuilder copy;
    private int length;

    EchoingOutput(String input) {
      this.input = input;
    }

    int length() {
      return length;
    }

    void append(char c) {
      if (copy == null) {
        if (length < input.length() && input.charAt(length) == c) {
          length++;
          return;
        }
        copy = new StringBuilder(input.length());
        copy.append(input, 0, length);
      }
      copy.append(c);
      length++;
    }

    void append(CharSequence chars) {
      append(chars, 0, chars.length());
    }

    /** Appends {@code chars[from, to)}; a run of the input at the position it would land on costs nothing. */
    void append(CharSequence chars, int from, int to) {
      if (copy == null && chars == input && from == length) {
        length = to;
        return;
      }
      if (copy != null) {
        copy.append(chars, from, to);
        length += to - from;
        return;
      }
      for (int i = from; i < to; i++) {
        append(chars.charAt(i));
      }
    }

    String result() {
      if (copy != null) {
        return copy.toString();
      }
      return length == input.length() ? input : input.substring(0, length);
    }
  }

  private static final byte ORDINARY = 0;
  private static final byte LINE_BREAK = 1;
  private static final byte CARRIAGE_RETURN = 2;
  private static final byte SPACE = 3;
  private static final byte DROPPED = 4;
  /** The kind of every char (64 KB), so the loop tests each character once. */
  private static final byte[] KINDS = kinds();

  private static byte[] kinds() {
    byte[] kinds = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      kinds[c] = ch == '\r' ? CARRIAGE_RETURN : isLineBreak(ch) ? LINE_BREAK : isHorizontalSpace(ch) ? SPACE
          : isDropped(ch) ? DROPPED : ORDINARY;
    }
    return kinds;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C' || c == '\u0085';
  }

  private static boolean isHorizontalSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F' || c == '\u205F' || c == '\u1680';
  }

  private static boolean isDropped(char c) {
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return true;
    }
    return c == '\u200B' || c == '\u200E' || c == '\u200F' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}
