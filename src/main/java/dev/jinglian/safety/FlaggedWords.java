package dev.jinglian.safety;

import dev.jinglian.tag.Token;
import dev.jinglian.tag.WordSegmenter;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A set of flagged terms matched on word boundaries: a term counts only where it starts and ends on token
 * boundaries of the document's segmentation (HanLP words for Chinese, whole words elsewhere), so 色情 is not
 * found in 景色情调 (景色/情调) nor {@code cunt} in {@code Scunthorpe}. Multi-word terms match runs of adjacent
 * words (whitespace between them is allowed, punctuation is not); Chinese words are joined without a space,
 * others with one ({@code blow job}, {@code AV女优} = {@code av} + {@code 女优}).
 *
 * <p>Terms and words are compared in one canonical form: NFKC, lower case, hyphens and underscores as spaces.
 */
public final class FlaggedWords implements Serializable {
  private final Set<String> terms = new HashSet<>();
  /** Every proper prefix of every term: lets the matcher stop extending a run as soon as no term can follow. */
  private final Set<String> prefixes = new HashSet<>();

  /** Adds a term (any spelling; it is canonicalized). Blank terms are ignored. */
  public void add(String term) {
    String key = canonical(term);
    if (key.isEmpty()) {
      return;
    }
    terms.add(key);
    for (int i = 1; i < key.length(); i++) {
      prefixes.add(key.substring(0, i));
    }
  }

  public int size() {
    return terms.size();
  }

  public boolean contains(String term) {
    return terms.contains(canonical(term));
  }

  /**
   * Counts non-overlapping occurrences in a segmented document, taking the longest term at each word. Each
   * occurrence counts once, however many words it spans.
   */
  public int count(List<Token> tokens) {
    int hits = 0;
    int i = 0;
    int n = tokens.size();
    StringBuilder key = new StringBuilder();
    while (i < n) {
      if (!tokens.get(i).isWord()) {
        i++;
        continue;
      }
      key.setLength(0);
      int matchedUpTo = -1;
      for (int j = i; j < n && tokens.get(j).isWord(); j++) {
        appendWord(key, tokens.get(j).text());
        String k = key.toString();
        if (terms.contains(k)) {
          matchedUpTo = j;
        }
        if (!prefixes.contains(k)) {
          break;
        }
      }
      if (matchedUpTo >= 0) {
        hits++;
        i = matchedUpTo + 1;
      } else {
        i++;
      }
    }
    return hits;
  }

  /** The canonical form of a term: its words joined as {@link #count} joins document words. */
  static String canonical(String term) {
    StringBuilder sb = new StringBuilder();
    for (String part : fold(term).split(" ")) {
      if (!part.isEmpty()) {
        appendFolded(sb, part);
      }
    }
    return sb.toString();
  }

  private static void appendWord(StringBuilder key, String word) {
    String folded = fold(word);
    if (folded.indexOf(' ') < 0) {
      if (!folded.isEmpty()) {
        appendFolded(key, folded);
      }
      return;
    }
    for (String part : folded.split(" ")) {
      if (!part.isEmpty()) {
        appendFolded(key, part);
      }
    }
  }

  private static void appendFolded(StringBuilder sb, String part) {
    if (sb.length() > 0 && !WordSegmenter.isCjk(sb.codePointBefore(sb.length())) && !WordSegmenter.isCjk(part.codePointAt(0))) {
      sb.append(' ');
    }
    sb.append(part);
  }

  private static String fold(String s) {
    if (isFolded(s)) {
      return s;
    }
    String t = (isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
    return t.replace('-', ' ').replace('_', ' ').replace('\u2019', '\'').strip();
  }

  /**
   * True for the common words fold leaves unchanged: lower-case ASCII letters, digits and apostrophes, or CJK
   * unified ideographs (which NFKC and lower-casing never change). Saves the normalizer on almost every word.
   */
  private static boolean isFolded(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || (c >= 0x4E00 && c <= 0x9FFF);
      if (!plain) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

}
