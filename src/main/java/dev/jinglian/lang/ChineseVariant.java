package dev.jinglian.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * Simplified or traditional Chinese, by content. A character "votes traditional" when HanLP's
 * traditional→simplified conversion changes it (們 說 國 這: about 3,700 characters) and "votes simplified"
 * when the simplified→traditional conversion changes it (们 说 国 这: about 2,750). Most frequent characters
 * (的 是 人 在) are shared and do not vote. Traditional text also uses a few characters that conversion maps
 * although they are valid traditional forms (后 里 干 台 云), so it carries some "simplified" votes, but far
 * fewer than its traditional ones; simplified text carries almost no traditional votes. The majority decides;
 * a text with no votes is labelled simplified, the form most Chinese text is written in.
 *
 * <p>A per-character test is used rather than converting the document: it is one pass with two bit lookups per
 * character, where phrase-aware conversion costs a dictionary walk and needs HanLP's 50,000-entry conversion
 * dictionary in memory. The two character sets are resources generated from HanLP's own conversion (see
 * {@code ChineseVariantCharsetsTest}, which regenerates them and fails when HanLP changes).
 */
public final class ChineseVariant {
  public static final String SIMPLIFIED = "zh-Hans";
  public static final String TRADITIONAL = "zh-Hant";
  static final String TRADITIONAL_ONLY_RESOURCE = "traditional-only.txt";
  static final String SIMPLIFIED_ONLY_RESOURCE = "simplified-only.txt";

  private static final BitSet TRADITIONAL_ONLY = load(TRADITIONAL_ONLY_RESOURCE);
  private static final BitSet SIMPLIFIED_ONLY = load(SIMPLIFIED_ONLY_RESOURCE);

  private ChineseVariant() {}

  /** {@link #TRADITIONAL} when traditional-only characters outnumber simplified-only ones, else {@link #SIMPLIFIED}. */
  public static String of(CharSequence text) {
    int traditional = 0;
    int simplified = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (cp >= 0x3400) {
        if (TRADITIONAL_ONLY.get(cp)) {
          traditional++;
        } else if (SIMPLIFIED_ONLY.get(cp)) {
          simplified++;
        }
      }
    }
    return traditional > simplified ? TRADITIONAL : SIMPLIFIED;
  }

  /** Reads a character-set resource: every code point on lines not starting with {@code #}. */
  static BitSet load(String resource) {
    try (InputStream in = ChineseVariant.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/jinglian/lang/" + resource);
      }
      BitSet set = new BitSet();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.startsWith("#")) {
          line.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(set::set);
        }
      }
      return set;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dev/jinglian/lang/" + resource, e);
    }
  }
}
