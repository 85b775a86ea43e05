package dev.jinglian.decontam;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides for one document what decontamination does: nothing, drop it, or cut the matching spans out of it.
 * Pure Java (no Spark), one per partition.
 */
final class Decontaminator {
  /**
   * What happens to a contaminated document.
   *
   * @param text the text after cutting, or null when the document is dropped
   * @param detail the best-matching item and how much of it matched, e.g. {@code gsm8k:test:12 (30/35 13-grams)}
   * @param benchmarks names of the benchmarks whose items it contains, in recipe order of first match
   * @param cuts spans cut out (0 when dropped)
   */
  record Outcome(String text, String detail, List<String> benchmarks, int cuts) {
    boolean dropped() {
      return text == null;
    }
  }

  private final NgramIndex index;
  private final boolean cut;

  Decontaminator(NgramIndex index, boolean cut) {
    this.index = index;
    this.cut = cut;
  }

  /** The outcome for a document, or null when it contains no benchmark item. */
  Outcome process(String text) {
    NgramIndex.Contamination c = index.scan(text);
    if (c == null) {
      return null;
    }
    List<String> benchmarks = new ArrayList<>();
    for (NgramIndex.ItemMatch m : c.items()) {
      if (!benchmarks.contains(m.benchmark())) {
        benchmarks.add(m.benchmark());
      }
    }
    String detail = detail(c.items());
    if (!cut) {
      return new Outcome(null, detail, benchmarks, 0);
    }
    String rest = cutSpans(text, c.spans());
    if (rest.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return new Outcome(null, detail + "; nothing left after cutting", benchmarks, 0);
    }
    return new Outcome(rest, detail, benchmarks, c.spans().size());
  }

  private static String detail(List<NgramIndex.ItemMatch> items) {
    NgramIndex.ItemMatch best = items.get(0);
    String d = best.id() + " (" + best.matched() + "/" + best.total() + " n-grams)";
    return items.size() == 1 ? d : d + " and " + (items.size() - 1) + " more item" + (items.size() > 2 ? "s" : "");
  }

  /**
   * Removes the spans; where a cut would glue two words of a space-delimited script together, one space stays.
   */
  static String cutSpans(String text, List<int[]> spans) {
    StringBuilder out = new StringBuilder(text.length());
    int pos = 0;
    for (int[] s : spans) {
      out.append(text, pos, s[0]);
      pos = s[1];
      if (out.length() > 0 && pos < text.length() && needsSpace(out.charAt(out.length() - 1), text.charAt(pos))) {
        out.append(' ');
      }
    }
    out.append(text, pos, text.length());
    return out.toString().strip();
  }

  private static boolean needsSpace(char before, char after) {
    return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)
        && !dev.jinglian.tag.WordSegmenter.isCjk(before) && !dev.jinglian.tag.WordSegmenter.isCjk(after);
  }
}
