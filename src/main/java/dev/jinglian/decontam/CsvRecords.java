package dev.jinglian.decontam;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: comma-separated fields; double-quoted fields may hold commas, doubled quotes and line breaks;
 * records end with LF, CRLF or CR; a leading byte-order mark is skipped; blank lines are skipped. Each record
 * knows the line it starts on, for error messages. Text after a closing quote, or a quote inside an unquoted
 * field, is kept literally (what spreadsheet programs do) rather than failing the whole file.
 */
final class CsvRecords {
  /** One record and the 1-based line it starts on. */
  record Record(int line, List<String> fields) {}

  private CsvRecords() {}

  static List<Record> parse(String text, String origin) {
    List<Record> out = new ArrayList<>();
    int n = text.length();
    int i = n > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
    int line = 1;
    StringBuilder field = new StringBuilder();
    while (i < n) {
      if (isLineEnd(text, i)) {
        i = afterLineEnd(text, i);
        line++;
        continue;
      }
      int startLine = line;
      List<String> fields = new ArrayList<>();
      while (true) {
        if (i < n && text.charAt(i) == '"') {
          i++;
          while (true) {
            if (i >= n) {
              throw new IllegalArgumentException(origin + ":" + startLine + ": quoted field is never closed");
            }
            char c = text.charAt(i);
            if (c == '"') {
              if (i + 1 < n && text.charAt(i + 1) == '"') {
                field.append('"');
                i += 2;
                continue;
              }
              i++;
              break;
            }
            if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
              line++;
            }
            field.append(c);
            i++;
          }
        }
        while (i < n && text.charAt(i) != ',' && !isLineEnd(text, i)) {
          field.append(text.charAt(i));
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        if (i < n && text.charAt(i) == ',') {
          i++;
          continue;
        }
        if (i < n) {
          i = afterLineEnd(text, i);
          line++;
        }
        out.add(new Record(startLine, fields));
        break;
      }
    }
    return out;
  }

  private static boolean isLineEnd(String text, int i) {
    char c = text.charAt(i);
    return c == '\n' || c == '\r';
  }

  private static int afterLineEnd(String text, int i) {
    return text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
  }
}
