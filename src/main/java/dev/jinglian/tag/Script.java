package dev.jinglian.tag;

/** Coarse writing-system classes used to pre-classify text before (and alongside) language detection. */
public enum Script {
  HAN, KANA, HANGUL, LATIN, CYRILLIC, OTHER_LETTER, DIGIT, PUNCTUATION, SYMBOL, SPACE, OTHER;

  private static final Script[] VALUES = values();
  /** The class of every BMP code point, computed once from the rules below (64 KB): one load per character. */
  private static final byte[] BMP = bmpTable();

  /** Classifies one code point. */
  public static Script of(int cp) {
    return cp < BMP.length ? VALUES[BMP[cp]] : ofGeneral(cp);
  }

  private static byte[] bmpTable() {
    byte[] table = new byte[Character.MIN_SUPPLEMENTARY_CODE_POINT];
    for (int cp = 0; cp < table.length; cp++) {
      table[cp] = (byte) (cp < 0x80 ? ofAscii(cp) : ofGeneral(cp)).ordinal();
    }
    return table;
  }

  private static Script ofAscii(int cp) {
    if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
      return LATIN;
    }
    if (cp >= '0' && cp <= '9') {
      return DIGIT;
    }
    if (cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r') {
      return SPACE;
    }
    return cp < 0x20 || cp == 0x7f ? OTHER : (isAsciiSymbol(cp) ? SYMBOL : PUNCTUATION);
  }

  /** Classifies a non-ASCII code point from its Unicode script and general category. */
  static Script ofGeneral(int cp) {
    Character.UnicodeScript s;
    try {
      s = Character.UnicodeScript.of(cp);
    } catch (IllegalArgumentException e) {
      return OTHER;
    }
    switch (s) {
      case HAN: return HAN;
      case HIRAGANA: case KATAKANA: return KANA;
      case HANGUL: return HANGUL;
      case LATIN: return LATIN;
      case CYRILLIC: return CYRILLIC;
      default: break;
    }
    if (Character.isLetter(cp)) {
      return OTHER_LETTER;
    }
    if (Character.isDigit(cp)) {
      return DIGIT;
    }
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return SPACE;
    }
    int type = Character.getType(cp);
    switch (type) {
      case Character.MATH_SYMBOL: case Character.CURRENCY_SYMBOL: case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return SYMBOL;
      case Character.CONNECTOR_PUNCTUATION: case Character.DASH_PUNCTUATION: case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION: case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION: case Character.OTHER_PUNCTUATION:
        return PUNCTUATION;
      default:
        return OTHER;
    }
  }

  private static boolean isAsciiSymbol(int cp) {
    return cp == '$' || cp == '+' || cp == '<' || cp == '=' || cp == '>' || cp == '^' || cp == '`' || cp == '|'
        || cp == '~';
  }

  public boolean isLetter() {
    return this == HAN || this == KANA || this == HANGUL || this == LATIN || this == CYRILLIC
        || this == OTHER_LETTER;
  }
}
