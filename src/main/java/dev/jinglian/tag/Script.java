package dev.jinglian.tag;

/** Coarse writing-system classes used to pre-classify text before (and alongside) language detection. */
public enum Script {
  HAN, KANA, HANGUL, LATIN, CYRILLIC, OTHER_LETTER, DIGIT, PUNCTUATION, SYMBOL, SPACE, OTHER;

  /** Classifies one code point. */
  public static Script of(int cp) {
    if (cp < 0x80) {
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
    Script common = ofCommonLetter(cp);
    return common != null ? common : ofGeneral(cp);
  }

  /**
   * The letter blocks that make up most non-ASCII text (CJK ideographs, kana, Hangul syllables, basic Cyrillic,
   * Latin-1 letters), answered without the Unicode script table's binary search; null for anything else. Every
   * answer equals {@link #ofGeneral} (checked exhaustively in ScriptTest).
   */
  private static Script ofCommonLetter(int cp) {
    if (cp >= 0x4E00 && cp <= 0x9FFC || cp >= 0x3400 && cp <= 0x4DBF) {
      return HAN;
    }
    if (cp >= 0x3041 && cp <= 0x3096 || cp >= 0x30A1 && cp <= 0x30FA) {
      return KANA;
    }
    if (cp >= 0xAC00 && cp <= 0xD7A3) {
      return HANGUL;
    }
    if (cp >= 0x0410 && cp <= 0x044F) {
      return CYRILLIC;
    }
    if (cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7) {
      return LATIN;
    }
    return null;
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
