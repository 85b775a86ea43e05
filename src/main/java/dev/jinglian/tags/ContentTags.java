package dev.jinglian.tags;

import dev.jinglian.filter.FilterDefinition;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Script;
import dev.jinglian.tag.Signals;
import java.util.List;
import java.util.Locale;

/**
 * What kind of content a document is, as shares of its non-blank lines (null for a document with none):
 * code-like lines ({@code code_line_share}), list or table rows ({@code list_line_share}) and boilerplate
 * lines ({@code boilerplate_line_share}: copyright, navigation, cookie/login/unsubscribe notices, in Chinese
 * and English). A prose document scores low on all three.
 */
public final class ContentTags extends TagFamily {
  public static final String FAMILY = "content_tags";
  public static final String CODE_LINE_SHARE = "code_line_share";
  public static final String LIST_LINE_SHARE = "list_line_share";
  public static final String BOILERPLATE_LINE_SHARE = "boilerplate_line_share";

  /** A line at least this dense in code symbols reads as code. */
  static final double CODE_SYMBOL_DENSITY = 0.12;
  private static final String CODE_SYMBOLS = "{}[]()<>=;$#|\\&*/_:";
  private static final String BULLETS = "-*+•·●○■□▪◆◇►▶–—";
  private static final List<String> BOILERPLATE = List.of(
      "copyright", "all rights reserved", "privacy policy", "terms of use", "terms of service", "cookie",
      "unsubscribe", "click here", "sign in", "log in", "powered by", "back to top", "subscribe",
      "版权所有", "保留所有权利", "隐私政策", "隐私权", "使用条款", "服务条款", "免责声明", "点击这里", "点击此处",
      "登录", "注册", "退订", "返回顶部", "上一页", "下一页", "联系我们", "关于我们", "icp备", "版權所有");

  public static final FilterDefinition<TagParams> DEFINITION =
      new FilterDefinition<>(FAMILY, TagParams.class, true, p -> new ContentTags(),
      "tags code_line_share, list_line_share and boilerplate_line_share; never drops");

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public List<String> signalNames() {
    return List.of(CODE_LINE_SHARE, LIST_LINE_SHARE, BOILERPLATE_LINE_SHARE);
  }

  @Override
  public void measure(DocumentAnalysis doc, Signals out) {
    int lines = 0;
    int code = 0;
    int list = 0;
    int boilerplate = 0;
    for (String raw : doc.lines()) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      lines++;
      if (isCode(line)) {
        code++;
      }
      if (isListOrTableRow(raw)) {
        list++;
      }
      if (isBoilerplate(line)) {
        boilerplate++;
      }
    }
    if (lines == 0) {
      return;
    }
    out.put(CODE_LINE_SHARE, (double) code / lines);
    out.put(LIST_LINE_SHARE, (double) list / lines);
    out.put(BOILERPLATE_LINE_SHARE, (double) boilerplate / lines);
  }

  /**
   * A code line: mostly free of Han text and either ends like a statement or block ({@code ; { }}), starts like
   * a shell prompt, comment or directive ({@code $ # // <}), or is dense in code symbols.
   */
  static boolean isCode(String line) {
    int symbols = 0;
    int han = 0;
    int n = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp)) {
        continue;
      }
      n++;
      if (cp < 0x80 && CODE_SYMBOLS.indexOf(cp) >= 0) {
        symbols++;
      } else if (Script.of(cp) == Script.HAN) {
        han++;
      }
    }
    if (n < 2 || han * 3 > n) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (last == ';' || last == '{' || last == '}') {
      return true;
    }
    if (line.startsWith("$ ") || line.startsWith("# ") || line.startsWith("//") || line.startsWith("#!")
        || line.startsWith("</") || line.startsWith("#include") || line.startsWith("import ")) {
      return true;
    }
    return (double) symbols / n >= CODE_SYMBOL_DENSITY;
  }

  /** A bullet or numbered item (1. 1) (1) 一、 （一）) or a table row (tab- or |-separated cells). */
  static boolean isListOrTableRow(String raw) {
    String line = raw.strip();
    int first = line.codePointAt(0);
    if (BULLETS.indexOf(first) >= 0 && line.length() > 1 && Character.isWhitespace(line.charAt(1))) {
      return true;
    }
    if (line.startsWith("(") || line.startsWith("（")) {
      int close = Math.max(line.indexOf(')'), line.indexOf('）'));
      if (close > 1 && close <= 4) {
        return true;
      }
    }
    int i = 0;
    while (i < line.length() && i < 4 && (Character.isDigit(line.charAt(i)) || "一二三四五六七八九十".indexOf(line.charAt(i)) >= 0)) {
      i++;
    }
    boolean marker = i > 0 && i < line.length() && ".)、．".indexOf(line.charAt(i)) >= 0;
    if (marker && (i + 1 == line.length() || !Character.isDigit(line.charAt(i + 1)))) {
      return true;
    }
    int tabs = 0;
    int bars = 0;
    for (int k = 0; k < raw.length(); k++) {
      char c = raw.charAt(k);
      if (c == '\t') {
        tabs++;
      } else if (c == '|') {
        bars++;
      }
    }
    return tabs >= 2 || bars >= 2;
  }

  static boolean isBoilerplate(String line) {
    if (line.length() > 200) {
      return false;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    for (String phrase : BOILERPLATE) {
      if (lower.contains(phrase)) {
        return true;
      }
    }
    return line.startsWith("©");
  }
}
