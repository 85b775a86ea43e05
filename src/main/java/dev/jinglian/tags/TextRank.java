package dev.jinglian.tags;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import dev.jinglian.tag.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
 * − 1 positions apart in the sequence of candidates. Rank: {@code s(i) = (1 − d) + d · Σ s(j) / degree(j)} over
 * the neighbours j of i, damping {@code d = 0.85}, iterated from 1 until no score moves by more than
 * {@link #EPSILON} or {@link #MAX_ITERATIONS} rounds. Vertices without an edge are never keywords; ties are
 * broken by the word, so the result is a function of the text alone.
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
  public static final double EPSILON = 1e-4;
  public static final int MAX_WORDS = 2_000;

  private TextRank() {}

  /** The {@code k} best-ranked candidates, best first; empty when the document has fewer than two. */
  public static List<String> keywords(List<Token> tokens, int k) {
    Map<String, Integer> ids = new HashMap<>();
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
      String w = candidate(token);
      if (w != null) {
        Integer id = ids.get(w);
        if (id == null) {
          id = vocab.size();
          ids.put(w, id);
          vocab.add(w);
        }
        seq[n++] = id;
      }
    }
    if (k <= 0 || vocab.size() < 2) {
      return List.of();
    }
    double[] score = rank(vocab.size(), edges(seq, n));
    List<Integer> ranked = new ArrayList<>();
    for (int i = 0; i < score.length; i++) {
      if (!Double.isNaN(score[i])) {
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

  /** The candidate form of a word token (lower-cased), or null when it cannot be a keyword. */
  static String candidate(Token token) {
    String w = token.text();
    int letters = 0;
    boolean han = false;
    for (int i = 0; i < w.length(); ) {
      int cp = w.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        han |= Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
      } else if (Character.getType(cp) != Character.NON_SPACING_MARK && "-'’_.".indexOf(cp) < 0) {
        return null; // a digit, or a symbol the segmenter kept inside a word
      }
    }
    if (letters < 2) {
      return null;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    if (WordTags.isStopword(lower)) {
      return null;
    }
    return !han || isNoun(w, token.nature()) ? lower : null;
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

  /** Distinct undirected edges between candidates less than {@link #WINDOW} apart, as sorted (low, high) pairs. */
  private static long[] edges(int[] seq, int n) {
    Set<Long> set = new HashSet<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n && j < i + WINDOW; j++) {
        int a = seq[i];
        int b = seq[j];
        if (a != b) {
          set.add(((long) Math.min(a, b) << 32) | Math.max(a, b));
        }
      }
    }
    long[] edges = new long[set.size()];
    int e = 0;
    for (long v : set) {
      edges[e++] = v;
    }
    Arrays.sort(edges);
    return edges;
  }

  /** TextRank scores per vertex; NaN for a vertex without edges. */
  private static double[] rank(int vertices, long[] edges) {
    int[] degree = new int[vertices];
    for (long e : edges) {
      degree[(int) (e >>> 32)]++;
      degree[(int) e]++;
    }
    double[] score = new double[vertices];
    Arrays.fill(score, 1);
    double[] next = new double[vertices];
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      Arrays.fill(next, 1 - DAMPING);
      for (long e : edges) {
        int a = (int) (e >>> 32);
        int b = (int) e;
        next[a] += DAMPING * score[b] / degree[b];
        next[b] += DAMPING * score[a] / degree[a];
      }
      double moved = 0;
      for (int i = 0; i < vertices; i++) {
        moved = Math.max(moved, Math.abs(next[i] - score[i]));
      }
      double[] swap = score;
      score = next;
      next = swap;
      if (moved < EPSILON) {
        break;
      }
    }
    for (int i = 0; i < vertices; i++) {
      if (degree[i] == 0) {
        score[i] = Double.NaN;
      }
    }
    return score;
  }
}
