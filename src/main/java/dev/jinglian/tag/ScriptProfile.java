package dev.jinglian.tag;

/** Code-point counts per {@link Script} of one text, computed in a single pass. */
public final class ScriptProfile {
  private final int[] counts = new int[Script.values().length];
  private final int codePoints;

  private ScriptProfile(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      counts[Script.of(cp).ordinal()]++;
      i += Character.charCount(cp);
      n++;
    }
    this.codePoints = n;
  }

  public static ScriptProfile of(String text) {
    return new ScriptProfile(text);
  }

  public int count(Script s) {
    return counts[s.ordinal()];
  }

  public int codePoints() {
    return codePoints;
  }

  public int letters() {
    int n = 0;
    for (Script s : Script.values()) {
      if (s.isLetter()) {
        n += counts[s.ordinal()];
      }
    }
    return n;
  }

  /** Share of {@code s} among letters (0 when there are no letters). */
  public double letterShare(Script s) {
    int letters = letters();
    return letters == 0 ? 0 : (double) count(s) / letters;
  }

  /** Share of {@code s} among all code points that are not whitespace. */
  public double nonSpaceShare(Script s) {
    int nonSpace = codePoints - count(Script.SPACE);
    return nonSpace == 0 ? 0 : (double) count(s) / nonSpace;
  }

  /** The letter script with most code points, or {@link Script#OTHER} when the text has no letters. */
  public Script dominantLetterScript() {
    Script best = Script.OTHER;
    int bestCount = 0;
    for (Script s : Script.values()) {
      if (s.isLetter() && counts[s.ordinal()] > bestCount) {
        best = s;
        bestCount = counts[s.ordinal()];
      }
    }
    return best;
  }
}
