package dev.jinglian.tag;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Chinese segmentation that runs HanLP's Viterbi only where the cheap answers disagree. Forward and backward
 * maximum matching over HanLP's core dictionary are computed from one scan of the dictionary matches; where both
 * put the same word boundaries, those words are taken, and each stretch between two shared boundaries on which
 * they differ is handed to the Viterbi segmenter. Ambiguities such as 和服/务 vs 和/服务 or 研究生/命 vs 研究/生命
 * are exactly where the two directions disagree, so they still get the statistical model, while the plain
 * majority of the text costs a dictionary walk. Agreement with Viterbi on the whole text and the speed-up are
 * measured in docs/BENCHMARKS.md.
 *
 * <p>Reads only shared, immutable dictionary arrays; safe to call from many threads.
 */
final class AgreementSegmenter {
  private final Segment viterbi;
  private final int[] base;
  private final int[] check;

  AgreementSegmenter(Segment viterbi) {
    this.viterbi = viterbi;
    DoubleArrayTrie<CoreDictionary.Attribute> trie = CoreDictionary.trie;
    this.base = trie.getBase();
    this.check = trie.getCheck();
  }

  /**
   * Calls {@code wordEnd} with the end offset (within {@code run}) of each word of {@code run}, in order.
   * {@code run} holds only Han and Kana characters.
   */
  void segment(String run, IntConsumer wordEnd) {
    int n = run.length();
    int[] longestEnd = new int[n];
    int[] earliestStart = new int[n + 1];
    Arrays.fill(earliestStart, -1);
    collectMatches(run, longestEnd, earliestStart);

    boolean[] forward = new boolean[n + 1];
    for (int i = 0; i < n; ) {
      i = longestEnd[i];
      forward[i] = true;
    }
    boolean[] backward = new boolean[n + 1];
    backward[0] = true;
    for (int j = n; j > 0; ) {
      backward[j] = true;
      j = earliestStart[j];
    }

    int agreed = 0;
    boolean differs = false;
    for (int i = 1; i <= n; i++) {
      if (forward[i] != backward[i]) {
        differs = true;
      } else if (forward[i]) {
        if (differs) {
          resolve(run, agreed, i, wordEnd);
          differs = false;
        } else {
          wordEnd.accept(i);
        }
        agreed = i;
      }
    }
  }

  /** Hands {@code run[from, to)} to Viterbi and reports its word ends. */
  private void resolve(String run, int from, int to, IntConsumer wordEnd) {
    List<Term> terms = viterbi.seg(run.substring(from, to));
    int pos = from;
    for (Term t : terms) {
      pos += t.word.length();
      wordEnd.accept(pos);
    }
  }

  /**
   * For every start i, the end of the longest dictionary word beginning there (the next character when none); for
   * every end j, the start of the longest dictionary word ending there (the previous character when none).
   * A supplementary character (two chars) counts as one character. Starts are visited in ascending
   * order, so the first start recorded for an end is the earliest.
   */
  private void collectMatches(String run, int[] longestEnd, int[] earliestStart) {
    int n = run.length();
    for (int i = 0; i < n; i++) {
      int single = Character.isHighSurrogate(run.charAt(i)) && i + 1 < n ? 2 : 1;
      longestEnd[i] = i + single;
      if (earliestStart[i + single] < 0) {
        earliestStart[i + single] = i;
      }
      int state = base[0];
      for (int j = i; j < n; j++) {
        int p = state + run.charAt(j) + 1;
        if (p >= check.length || check[p] != state) {
          break;
        }
        state = base[p];
        if (state < 0) {
          break;
        }
        if (state < check.length && check[state] == state && base[state] < 0) {
          longestEnd[i] = j + 1;
          if (earliestStart[j + 1] < 0) {
            earliestStart[j + 1] = i;
          }
        }
      }
    }
  }
}
