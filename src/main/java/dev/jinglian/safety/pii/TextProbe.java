package dev.jinglian.safety.pii;

/**
 * One cheap pass over a text counting what the detectors need to have any chance: digits, {@code @}, colons and
 * dots. Most prose has too few digits for any number pattern, so the regular expressions never run on it.
 */
record TextProbe(int digits, boolean hasAt, int colons, int dots) {
  static TextProbe of(String text) {
    int digits = 0;
    int colons = 0;
    int dots = 0;
    boolean at = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '@') {
        at = true;
      } else if (c == ':') {
        colons++;
      } else if (c == '.') {
        dots++;
      }
    }
    return new TextProbe(digits, at, colons, dots);
  }
}
