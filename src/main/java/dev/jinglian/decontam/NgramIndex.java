package dev.jinglian.decontam;

import dev.jinglian.normalize.Transform;
import dev.jinglian.recipe.DecontaminateSpec;
import dev.jinglian.util.LongIndex;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The n-grams of every benchmark item, built once on the driver and broadcast: 64-bit n-gram hashes in a
 * {@link LongIndex}, and for each n-gram the items it occurs in (flat int arrays, no objects per n-gram).
 *
 * <p>Items are normalized exactly like documents (the recipe's normalization), then read as {@link MatchUnits}.
 * An item whose units are mostly Chinese/Japanese characters is indexed with character n-grams of length
 * {@code ngram_zh}, others with word n-grams of length {@code ngram_en}; documents are scanned with both, so a
 * Chinese item quoted inside an English page (or the reverse) is still found. N-grams shared by more than
 * {@code max_items_per_ngram} items are the benchmark's own boilerplate and are left out: they say nothing about
 * which item a document contains.
 */
final class NgramIndex implements Serializable {
  private final int nZh;
  private final int nEn;
  private final int minMatches;
  private final double minFraction;
  private final LongIndex grams;
  private final int[] postingStart;
  private final int[] postingItems;
  private final String[] itemIds;
  private final int[] itemBenchmark;
  private final int[] itemGrams;
  private final String[] benchmarkNames;
  private final int boilerplateGrams;

  private NgramIndex(DecontaminateSpec spec, LongIndex grams, int[] postingStart, int[] postingItems,
      String[] itemIds, int[] itemBenchmark, int[] itemGrams, String[] benchmarkNames, int boilerplateGrams) {
    this.nZh = spec.ngramZh();
    this.nEn = spec.ngramEn();
    this.minMatches = spec.minMatches();
    this.minFraction = spec.minFraction();
    this.grams = grams;
    this.postingStart = postingStart;
    this.postingItems = postingItems;
    this.itemIds = itemIds;
    this.itemBenchmark = itemBenchmark;
    this.itemGrams = itemGrams;
    this.benchmarkNames = benchmarkNames;
    this.boilerplateGrams = boilerplateGrams;
  }

  /**
   * Indexes the items of each benchmark (benchmark name → items, in recipe order), normalizing their text with
   * {@code normalization}.
   */
  static NgramIndex build(Map<String, List<BenchmarkItem>> benchmarks, DecontaminateSpec spec,
      List<Transform> normalization) {
    List<String> ids = new ArrayList<>();
    List<Integer> benchmarkOf = new ArrayList<>();
    List<long[]> itemHashes = new ArrayList<>();
    LongIndex all = new LongIndex(1 << 16);
    int[] itemsPerGram = new int[1 << 16];
    int b = 0;
    for (List<BenchmarkItem> items : benchmarks.values()) {
      for (BenchmarkItem item : items) {
        long[] hashes = distinctGrams(item, spec, normalization);
        for (long h : hashes) {
          int id = all.add(h);
          if (id == itemsPerGram.length) {
            itemsPerGram = Arrays.copyOf(itemsPerGram, id * 2);
          }
          itemsPerGram[id]++;
        }
        ids.add(item.id());
        benchmarkOf.add(b);
        itemHashes.add(hashes);
      }
      b++;
    }
    int maxItems = spec.maxItemsPerNgram();
    LongIndex kept = new LongIndex(all.size());
    int boilerplate = 0;
    int[] count = new int[all.size()];
    int[] itemGrams = new int[ids.size()];
    for (int k = 0; k < itemHashes.size(); k++) {
      for (long h : itemHashes.get(k)) {
        if (itemsPerGram[all.indexOf(h)] <= maxItems) {
          count[kept.add(h)]++;
          itemGrams[k]++;
        }
      }
    }
    for (int id = 0; id < all.size(); id++) {
      if (itemsPerGram[id] > maxItems) {
        boilerplate++;
      }
    }
    int[] start = new int[kept.size() + 1];
    for (int id = 0; id < kept.size(); id++) {
      start[id + 1] = start[id] + count[id];
    }
    int[] fill = Arrays.copyOf(start, kept.size());
    int[] postings = new int[start[kept.size()]];
    for (int k = 0; k < itemHashes.size(); k++) {
      for (long h : itemHashes.get(k)) {
        int id = kept.indexOf(h);
        if (id >= 0) {
          postings[fill[id]++] = k;
        }
      }
    }
    return new NgramIndex(spec, kept, start, postings, ids.toArray(new String[0]),
        benchmarkOf.stream().mapToInt(Integer::intValue).toArray(), itemGrams,
        benchmarks.keySet().toArray(new String[0]), boilerplate);
  }

  /** The item's distinct n-gram hashes, sorted. */
  private static long[] distinctGrams(BenchmarkItem item, DecontaminateSpec spec, List<Transform> normalization) {
    StringBuilder text = new StringBuilder();
    for (String field : item.fields()) {
      String f = field;
      for (Transform t : normalization) {
        f = t.apply(f);
      }
      text.append(f).append('\n');
    }
    MatchUnits units = MatchUnits.of(text.toString());
    int n = units.mostlyCjk() ? spec.ngramZh() : spec.ngramEn();
    long[] out = new long[Math.max(0, units.size - n + 1)];
    int[] k = {0};
    units.forEachNgram(n, (hash, first) -> out[k[0]++] = hash);
    Arrays.sort(out);
    int distinct = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[distinct++] = out[i];
      }
    }
    return Arrays.copyOf(out, distinct);
  }

  /** What a document contains: the benchmark items it matched, and the char spans of their n-grams. */
  record Contamination(List<ItemMatch> items, List<int[]> spans) {}

  /** An item a document contains: how many of its indexed n-grams were found, of how many. */
  record ItemMatch(String id, String benchmark, int matched, int total) {}

  /**
   * Scans a normalized document. Returns null when it contains no item: an item counts when the document holds at
   * least {@code min(min_matches, item's n-grams)} of the item's distinct n-grams, so one shared n-gram (a common
   * phrase) is never enough for an item that has more, and at least {@code min_fraction} of them. Items are
   * listed most-matched first.
   */
  Contamination scan(String text) {
    MatchUnits units = MatchUnits.of(text);
    int[][] hits = {new int[16]};
    int[] count = {0};
    for (int n : nZh == nEn ? new int[] {nZh} : new int[] {nZh, nEn}) {
      units.forEachNgram(n, (hash, first) -> {
        int id = grams.indexOf(hash);
        if (id >= 0) {
          if (count[0] + 3 > hits[0].length) {
            hits[0] = Arrays.copyOf(hits[0], hits[0].length * 2);
          }
          hits[0][count[0]++] = id;
          hits[0][count[0]++] = first;
          hits[0][count[0]++] = n;
        }
      });
    }
    if (count[0] == 0) {
      return null;
    }
    int[] occ = hits[0];
    Map<Integer, Integer> matched = new HashMap<>();
    int[] seen = new int[count[0] / 3];
    for (int o = 0; o < count[0]; o += 3) {
      seen[o / 3] = occ[o];
    }
    Arrays.sort(seen);
    for (int i = 0; i < seen.length; i++) {
      if (i > 0 && seen[i] == seen[i - 1]) {
        continue;
      }
      for (int p = postingStart[seen[i]]; p < postingStart[seen[i] + 1]; p++) {
        matched.merge(postingItems[p], 1, Integer::sum);
      }
    }
    List<Integer> contained = new ArrayList<>();
    for (Map.Entry<Integer, Integer> e : matched.entrySet()) {
      int item = e.getKey();
      int found = e.getValue();
      if (found >= Math.min(minMatches, itemGrams[item]) && found >= minFraction * itemGrams[item]) {
        contained.add(item);
      }
    }
    if (contained.isEmpty()) {
      return null;
    }
    contained.sort((x, y) -> matched.get(x).equals(matched.get(y)) ? Integer.compare(x, y)
        : Integer.compare(matched.get(y), matched.get(x)));
    List<ItemMatch> items = new ArrayList<>();
    for (int item : contained) {
      items.add(new ItemMatch(itemIds[item], benchmarkNames[itemBenchmark[item]], matched.get(item),
          itemGrams[item]));
    }
    return new Contamination(items, spans(units, occ, count[0], contained));
  }

  /** Char spans of the n-gram occurrences that belong to a contained item, merged and in text order. */
  private List<int[]> spans(MatchUnits units, int[] occ, int count, List<Integer> contained) {
    java.util.Set<Integer> items = new java.util.HashSet<>(contained);
    List<int[]> raw = new ArrayList<>();
    for (int o = 0; o < count; o += 3) {
      int id = occ[o];
      for (int p = postingStart[id]; p < postingStart[id + 1]; p++) {
        if (items.contains(postingItems[p])) {
          raw.add(new int[] {units.starts[occ[o + 1]], units.ends[occ[o + 1] + occ[o + 2] - 1]});
          break;
        }
      }
    }
    raw.sort((x, y) -> Integer.compare(x[0], y[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] s : raw) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && s[0] <= last[1]) {
        last[1] = Math.max(last[1], s[1]);
      } else {
        merged.add(new int[] {s[0], s[1]});
      }
    }
    return merged;
  }

  /** Index statistics per benchmark and in total, for {@code stats/decontaminate.json}. */
  Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Map<String, Long>> perBenchmark = new LinkedHashMap<>();
    for (String name : benchmarkNames) {
      Map<String, Long> m = new LinkedHashMap<>();
      m.put("items", 0L);
      m.put("indexed_items", 0L);
      perBenchmark.put(name, m);
    }
    for (int k = 0; k < itemIds.length; k++) {
      Map<String, Long> m = perBenchmark.get(benchmarkNames[itemBenchmark[k]]);
      m.merge("items", 1L, Long::sum);
      if (itemGrams[k] > 0) {
        m.merge("indexed_items", 1L, Long::sum);
      }
    }
    out.put("benchmarks", perBenchmark);
    out.put("ngrams", (long) grams.size());
    out.put("boilerplate_ngrams_left_out", (long) boilerplateGrams);
    out.put("bytes", bytes());
    return out;
  }

  /** Approximate heap bytes of the index (what each executor holds once). */
  long bytes() {
    long strings = 0;
    for (String id : itemIds) {
      strings += 40 + 2L * id.length();
    }
    return grams.bytes() + 4L * (postingStart.length + postingItems.length + itemBenchmark.length + itemGrams.length)
        + strings;
  }

  int items() {
    return itemIds.length;
  }
}
