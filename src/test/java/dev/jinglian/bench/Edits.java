package dev.jinglian.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plants edits at a known rate: every unit (a Han/Kana character in Chinese text, a space-separated word
 * otherwise) is, with probability {@code rate}, replaced, deleted, or followed by an inserted unit (1/2, 1/4,
 * 1/4). Inserted and replacing units are real units drawn from a vocabulary of the corpus.
 */
final class Edits {
  private final List<String> cjkVocabulary;
  private final List<String> wordVocabulary;

  Edits(List<String> texts) {
    List<String> cjk = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (String t : texts) {
      for (String w : t.split("\\s+")) {
        if (!w.isEmpty() && w.chars().allMatch(Character::isLetter) && !isCjk(w.codePointAt(0))) {
          words.add(w);
        }
      }
      t.codePoints().filter(Edits::isCjk).limit(200).forEach(cp -> cjk.add(new String(Character.toChars(cp))));
    }
    this.cjkVocabulary = cjk;
    this.wordVocabulary = words;
  }

  static boolean isCjk(int cp) {
    return cp >= 0x3400 && cp <= 0x9FFF;
  }

  String apply(String text, double rate, Random random) {
    long cjk = text.codePoints().filter(Edits::isCjk).count();
    boolean chars = cjk * 2 > text.split("\\s+").length;
    StringBuilder sb = new StringBuilder(text.length() + 16);
    if (chars) {
      text.codePoints().forEach(cp -> {
        if (isCjk(cp) && random.nextDouble() < rate) {
          edit(sb, new String(Character.toChars(cp)), cjkVocabulary, "", random);
        } else {
          sb.appendCodePoint(cp);
        }
      });
    } else {
      String[] parts = text.split("(?<=\\s)|(?=\\s)"); // words and the whitespace between them
      for (String p : parts) {
        if (!p.isBlank() && random.nextDouble() < rate) {
          edit(sb, p, wordVocabulary, " ", random);
        } else {
          sb.append(p);
        }
      }
    }
    return sb.toString();
  }

  private static void edit(StringBuilder sb, String unit, List<String> vocabulary, String sep, Random random) {
    double op = random.nextDouble();
    String other = vocabulary.get(random.nextInt(vocabulary.size()));
    if (op < 0.5) {
      sb.append(other);
    } else if (op < 0.75) {
      return; // deleted
    } else {
      sb.append(unit).append(sep).append(other);
    }
  }
}
