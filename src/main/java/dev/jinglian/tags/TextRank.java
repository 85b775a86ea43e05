package dev.jinglian.tags;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import dev.jinglian.tag.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Top keywords of one document by TextRank (Mihalcea and Tarau, 2004) over the words the shared segmentation
 * already produced: no second HanLP run. Candidates are words of two or more letters (no digit, punctuation or
 * symbol), lower-cased, not in HanLP's stopword dictionary (Chinese function words and about 400 English ones,
 * the set {@link WordTags} counts); a Chinese word must also be a noun by its HanLP nature (the token's own in
 * the {@code standard} segmenter, else the most frequent one in HanLP's core dictionary; out-of-vocabulary words
 * such as names and jargon stay candidates), the paper's syntactic filter. English has no such filter, since
 * nothing tags its parts of speech cheaply; its stopword list removes the function words.
 *
 * <p>Graph: one vertex per distinct candidate, an undirected edge between candidates at most {@link #WINDOW}
 * − 1 positions apart in the sequence of candidates (window 5, HanLP's; stopwords are already out of the
 * sequence, so the window spans more of the text). Rank: {@code s(i) = (1 − d) + d · Σ s(j) / degree(j)} over
 * the neighbours j of i, damping {@code d = 0.85}, iterated from 1 until no score moves by more than
 * {@link #EPSILON} (HanLP's own tolerance) or {@link #MAX_ITERATIONS} rounds, updated in place (Gauss-Seidel).
 * Vertices without an edge are never keywords; ties are broken by the word, so the result is a function of the
 * text alone.
 *
 * <p>Only the first {@link #MAX_WORDS} words count: a document's topic shows early, and the cost per document
 * stays bounded (the graph, not the text, is what the iterations walk).
 *
 * <p>HanLP's own {@code TextRankKeyword} is not used: it filters by natures the default {@code fast} segmenter
 * does not assign, ranks in floats with ties in heap order, and its iteration cap is a JVM-wide static.
 */
public final class TextRank {
  public static final int WINDOW = 5;
  public static final double DAMPING = 0.85;
  public static final int MAX_ITERATIONS = 50;
  public static final double EPSILON = 1e-3;
  public static final int MAX_WORDS = 2_000;

  private static final int REJECTED = -1;

  private TextRank() {}

  /** The {@code k} best-ranked candidates, best first; empty when the document has fewer than two. */
  public static List<String> keywords(List<Token> tokens, int k) {
    if (k <= 0) {
      return List.of();
    }
    int expected = Math.min(tokens.size(), MAX_WORDS) / 2 + 16;
    Map<String, Integer> ids = new HashMap<>(expected); // lower-cased word -> vertex id or REJECTED, one check each
    List<String> vocab = new ArrayList<>();
    int[] seq = new int[Math.min(tokens.size(), MAX_WORDS)];
    int n = 0;
    int words = 0;
    for (int t = 0; t < tokens.size() && words < MAX_WORDS; t++) {
      Token token = tokens.get(t);
      if (!token.isWord()) {
        continue;
      }
      words++;
      String lower = token.text().toLowerCase(Locale.ROOT);
      Integer id = ids.get(lower);
      if (id == null) {
        id = isCandidate(lower, token.nature()) ? vocab.size() : REJECTED;
        if (id >= 0) {
          vocab.add(lower);
        }
        ids.put(lower, id);
      }
      if (id >= 0) {
        seq[n++] = id;
      }
    }
    if (vocab.size() < 2) {
      return List.of();
    }
    Graph g = Graph.of(vocab.size(), seq, n);
    double[] score = g.rank();
    List<Integer> ranked = new ArrayList<>();
    for (int i = 0; i < vocab.size(); i++) {
      if (g.degree(i) > 0) {
        ranked.add(i);
      }
    }
    ranked.sort((a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a])
        : vocab.get(a).compareTo(vocab.get(b)));
    List<String> out = new ArrayList<>(Math.min(k, ranked.size()));
    for (int i = 0; i < ranked.size() && out.size() < k; i++) {
      out.add(vocab.get(ranked.get(i)));
    }
    return out;
  }

  /** Whether a lower-cased word can be a keyword; {@code nature} is its HanLP nature when the segmenter set one. */
  static boolean isCandidate(String lower, String nature) {
    int letters = 0;
    boolean han = false;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        han |= cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
      } else if (Character.getType(cp) != Character.NON_SPACING_MARK && "-'’_.".indexOf(cp) < 0) {
        return false; // a digit, or a symbol the segmenter kept inside a word
      }
    }
    return letters >= 2 && !WordTags.isStopword(lower) && (!han || isNoun(lower, nature));
  }

  /**
   * Whether a Chinese word is a noun (HanLP natures {@code n*}, academic terms {@code g*}, nominal verbs and
   * adjectives {@code vn}, {@code an}); a word the core dictionary does not know counts as one.
   */
  static boolean isNoun(String word, String nature) {
    String tag = nature;
    if (tag == null) {
      CoreDictionary.Attribute a = CoreDictionary.get(word);
      if (a == null) {
        return true;
      }
      int best = 0;
      for (int i = 1; i < a.nature.length; i++) {
        if (a.frequency[i] > a.frequency[best]) {
          best = i;
        }
      }
      tag = a.nature[best].toString();
    }
    return tag.startsWith("n") || tag.startsWith("g") || tag.equals("vn") || tag.equals("an");
  }

  /**
   * The co-occurrence graph in compressed rows: the neighbours of vertex {@code v} are
   * {@code targets[offsets[v] .. offsets[v + 1])}, each once, in order of first co-occurrence.
   */
  private record Graph(int[] offsets, int[] targets) {
    static Graph of(int vertices, int[] seq, int n) {
      // bucket every co-occurrence (both directions) by its source vertex, then deduplicate each bucket
      int[] count = new int[vertices + 1];
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n && j < i + WINDOW; j++) {
          if (seq[i] != seq[j]) {
            count[seq[i] + 1]++;
            count[seq[j] + 1]++;
          }
        }
      }
      for (int v = 0; v < vertices; v++) {
        count[v + 1] += count[v];
      }
      int[] fill = Arrays.copyOf(count, vertices);
      int[] all = new int[count[vertices]];
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n && j < i + WINDOW; j++) {
          int a = seq[i];
          int b = seq[j];
          if (a != b) {
            all[fill[a]++] = b;
            all[fill[b]++] = a;
          }
        }
      }
      int[] offsets = new int[vertices + 1];
      int[] seen = new int[vertices]; // seen[t] == v + 1: t is already a neighbour of v
      int m = 0;
      for (int v = 0; v < vertices; v++) {
        for (int e = count[v]; e < count[v + 1]; e++) {
          int t = all[e];
          if (seen[t] != v + 1) {
            seen[t] = v + 1;
            all[m++] = t;
          }
        }
        offsets[v + 1] = m;
      }
      return new Graph(offsets, Arrays.copyOf(all, m));
    }

    int degree(int v) {
      return offsets[v + 1] - offsets[v];
    }

    /**
     * TextRank scores, updated in place in vertex order (Gauss-Seidel: the same fixed point as the textbook
     * iteration in fewer rounds, and as deterministic).
     */
    double[] rank() {
      int vertices = offsets.length - 1;
      double[] score = new double[vertices];
      double[] inverse = new double[vertices];
      double[] share = new double[vertices]; // score / degree, kept current
      for (int v = 0; v < vertices; v++) {
        score[v] = 1;
        inverse[v] = degree(v) == 0 ? 0 : 1.0 / degree(v);
        share[v] = inverse[v];
      }
      for (int it = 0; it < MAX_ITERATIONS; it++) {
        double moved = 0;
        for (int v = 0; v < vertices; v++) {
          double sum = 0;
          for (int e = offsets[v]; e < offsets[v + 1]; e++) {
            sum += share[targets[e]];
          }
          double next = (1 - DAMPING) + DAMPING * sum;
          moved = Math.max(moved, Math.abs(next - score[v]));
          score[v] = next;
          share[v] = next * inverse[v];
        }
        if (moved < EPSILON) {
          break;
        }
      }
      return score;
    }
  }
}
