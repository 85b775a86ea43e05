package dev.jinglian.mix;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.shiftrightunsigned;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.jinglian.doc.Columns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Finds, per source, the key {@code cut} such that the documents with {@code key <= cut} hold as close as possible
 * to a wanted number of tokens — the exact prefix of the source in seeded key order, found without sorting the
 * corpus or collecting documents: three rounds of token sums over 4,096 key buckets narrow the search to a bucket
 * of 2^27 keys (about one document per 10^10), whose few rows are then read.
 */
final class TokenCutFinder {
  static final String KEY = "_mix_key";
  private static final int[] SHIFTS = {51, 39, 27};

  private TokenCutFinder() {}

  /** A source's cut and the tokens it selects. {@code cut = -1} selects nothing. */
  record Cut(long cut, long tokens) {}

  /**
   * @param docs rows with {@link Columns#SOURCE}, {@link #KEY} (non-negative long) and {@link Columns#TOKENS}
   * @param wanted source → tokens wanted (0 ≤ wanted ≤ the source's tokens)
   */
  static Map<String, Cut> find(Dataset<Row> docs, Map<String, Long> wanted) {
    Map<String, long[]> range = new HashMap<>();   // [lo, hi) of keys still searched
    Map<String, Long> before = new HashMap<>();    // tokens of keys below lo
    Map<String, Cut> cuts = new HashMap<>();
    for (Map.Entry<String, Long> w : wanted.entrySet()) {
      if (w.getValue() <= 0) {
        cuts.put(w.getKey(), new Cut(-1, 0));
      } else {
        range.put(w.getKey(), new long[] {0, Long.MAX_VALUE});
        before.put(w.getKey(), 0L);
      }
    }
    for (int shift : SHIFTS) {
      if (range.isEmpty()) {
        break;
      }
      Map<String, List<long[]>> buckets = new HashMap<>();
      for (Row r : inRange(docs, range).groupBy(col(Columns.SOURCE), shiftrightunsigned(col(KEY), shift).as("b"))
          .agg(sum(col(Columns.TOKENS))).collectAsList()) {
        buckets.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(new long[] {r.getLong(1), r.getLong(2)});
      }
      for (java.util.Iterator<Map.Entry<String, long[]>> it = range.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<String, long[]> e = it.next();
        String source = e.getKey();
        long need = wanted.get(source) - before.get(source);
        List<long[]> bs = buckets.getOrDefault(source, List.of());
        bs.sort((a, b) -> Long.compare(a[0], b[0]));
        long cum = 0;
        boolean found = false;
        for (long[] b : bs) {
          if (cum + b[1] >= need) {
            e.getValue()[0] = b[0] << shift;
            e.getValue()[1] = b[0] == (Long.MAX_VALUE >>> shift) ? Long.MAX_VALUE : (b[0] + 1) << shift;
            found = true;
            break;
          }
          cum += b[1];
        }
        if (!found) { // wanted more than the source has: take all of it
          cuts.put(source, new Cut(Long.MAX_VALUE, before.get(source) + cum));
          it.remove();
          continue;
        }
        before.put(source, before.get(source) + cum);
      }
    }
    if (!range.isEmpty()) {
      Map<String, List<long[]>> rows = new HashMap<>();
      for (Row r : inRange(docs, range).select(col(Columns.SOURCE), col(KEY), col(Columns.TOKENS)).collectAsList()) {
        rows.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(new long[] {r.getLong(1), r.getLong(2)});
      }
      for (Map.Entry<String, long[]> e : range.entrySet()) {
        String source = e.getKey();
        long need = wanted.get(source) - before.get(source);
        List<long[]> rs = rows.getOrDefault(source, List.of());
        rs.sort((a, b) -> Long.compare(a[0], b[0]));
        long cum = 0;
        long cut = e.getValue()[0] - 1;
        for (long[] r : rs) {
          // take the document when that ends closer to the wanted total than stopping before it
          if (Math.abs(cum + r[1] - need) <= Math.abs(cum - need)) {
            cum += r[1];
            cut = r[0];
          } else {
            break;
          }
        }
        cuts.put(source, new Cut(cut, before.get(source) + cum));
      }
    }
    return cuts;
  }

  private static Dataset<Row> inRange(Dataset<Row> docs, Map<String, long[]> range) {
    Column in = lit(false);
    for (Map.Entry<String, long[]> e : range.entrySet()) {
      in = when(col(Columns.SOURCE).equalTo(e.getKey()),
          col(KEY).geq(e.getValue()[0]).and(col(KEY).lt(e.getValue()[1])))
          .otherwise(in);
    }
    return docs.filter(in);
  }
}
