package dev.jinglian.bench;

import dev.jinglian.dedup.Shingler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every pair of documents whose shingle sets have Jaccard similarity at or above a threshold, computed exactly:
 * an inverted index from shingle to documents gives, for each document, the overlap with every earlier document
 * that shares at least one shingle (pairs sharing none have similarity 0).
 */
final class GroundTruth {
  /** A pair of document indexes (a < b) and its Jaccard similarity. */
  record Pair(int a, int b, double jaccard) {}

  private GroundTruth() {}

  static List<Pair> pairsAtLeast(List<long[]> sets, double threshold) {
    Map<Long, int[]> postings = new HashMap<>();
    Map<Long, Integer> sizes = new HashMap<>();
    List<Pair> pairs = new ArrayList<>();
    int[] overlap = new int[sets.size()];
    int[] touched = new int[sets.size()];
    for (int i = 0; i < sets.size(); i++) {
      long[] s = sets.get(i);
      int nTouched = 0;
      for (long h : s) {
        int[] list = postings.get(h);
        int n = list == null ? 0 : sizes.get(h);
        for (int k = 0; k < n; k++) {
          int j = list[k];
          if (overlap[j]++ == 0) {
            touched[nTouched++] = j;
          }
        }
      }
      for (int t = 0; t < nTouched; t++) {
        int j = touched[t];
        int common = overlap[j];
        overlap[j] = 0;
        double jac = (double) common / (s.length + sets.get(j).length - common);
        if (jac >= threshold) {
          pairs.add(new Pair(j, i, jac));
        }
      }
      for (long h : s) {
        int[] list = postings.get(h);
        int n = list == null ? 0 : sizes.get(h);
        if (list == null || n == list.length) {
          int[] grown = new int[Math.max(2, n * 2)];
          if (list != null) {
            System.arraycopy(list, 0, grown, 0, n);
          }
          postings.put(h, grown);
          list = grown;
        }
        list[n] = i;
        sizes.put(h, n + 1);
      }
    }
    return pairs;
  }

  /** Jaccard similarity of two documents' shingle sets. */
  static double jaccard(Shingler shingler, String a, String b) {
    return Shingler.jaccard(Shingler.distinct(shingler.shingles(a)), Shingler.distinct(shingler.shingles(b)));
  }
}
