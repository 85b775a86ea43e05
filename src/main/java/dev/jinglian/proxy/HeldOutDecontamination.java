package dev.jinglian.proxy;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import dev.jinglian.doc.Columns;
import dev.jinglian.tag.TokenCounter;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Keeps held-out text out of a proxy's training data: a training document that shares any {@code n} consecutive
 * tokens ({@code n = 13} by default, the usual contamination window) with a held-out document is dropped; a
 * held-out document shorter than {@code n} tokens matches a training document only when the two are identical.
 * Windows are compared by 64-bit fingerprints (a sorted array, broadcast to the executors), so a false match
 * needs a 64-bit collision.
 *
 * <p>This is the proxy's own small, exact-n-gram check, so that {@code proxy compare} never scores a recipe on
 * text it trained on; the pipeline's general decontamination stage can replace it once it exists.
 */
public final class HeldOutDecontamination {
  public static final int NGRAM_DEFAULT = 13;
  private static final long BASE = 0x100000001B3L;
  private static final long WHOLE = 0x5bd1e9955bd1e995L;

  /** Documents kept, and how many (and how many tokens) were dropped. */
  public record Result(Dataset<Row> kept, long removedDocs, long removedTokens) {}

  private final int n;

  public HeldOutDecontamination(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("decontamination n-gram length must be positive, got " + n);
    }
    this.n = n;
  }

  /** @param docs documents with {@code tokens} and {@code token_ids} in {@code encoding} */
  public Result apply(SparkSession spark, Dataset<Row> docs, List<HeldOutSet> sets, String encoding) {
    long[] fingerprints = fingerprints(sets, TokenCounter.named(encoding));
    Broadcast<long[]> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(fingerprints);
    int window = n;
    int ids = docs.schema().fieldIndex(Columns.TOKEN_IDS);
    FilterFunction<Row> leaks = r -> !r.isNullAt(ids) && overlaps(toArray(r.getList(ids)), shared.value(), window);
    FilterFunction<Row> clean = r -> !leaks.call(r);
    Row removed = docs.filter(leaks).agg(count(lit(1)), coalesce(sum(col(Columns.TOKENS)), lit(0L))).first();
    return new Result(docs.filter(clean), removed.getLong(0), removed.getLong(1));
  }

  long[] fingerprints(List<HeldOutSet> sets, TokenCounter tokenizer) {
    long[] out = new long[1024];
    int size = 0;
    for (HeldOutSet set : sets) {
      for (String text : set.texts()) {
        int[] ids = tokenizer.encode(text);
        int count = ids.length < n ? 1 : ids.length - n + 1;
        if (size + count > out.length) {
          out = Arrays.copyOf(out, Math.max(size + count, out.length * 2));
        }
        if (ids.length < n) {
          out[size++] = whole(ids);
        } else {
          size = windows(ids, n, out, size);
        }
      }
    }
    long[] sorted = Arrays.copyOf(out, size);
    Arrays.sort(sorted);
    return sorted;
  }

  /** Whether {@code doc} has an n-token window (or, shorter than n, its whole sequence) in the sorted set. */
  static boolean overlaps(int[] doc, long[] sorted, int n) {
    if (doc.length < n) {
      return Arrays.binarySearch(sorted, whole(doc)) >= 0;
    }
    long[] w = new long[doc.length - n + 1];
    windows(doc, n, w, 0);
    for (long f : w) {
      if (Arrays.binarySearch(sorted, f) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Fingerprints of every n-token window, by a polynomial rolling hash then a 64-bit mix. */
  private static int windows(int[] ids, int n, long[] out, int at) {
    long top = 1; // BASE^n
    for (int i = 0; i < n; i++) {
      top *= BASE;
    }
    long h = 0;
    for (int i = 0; i < ids.length; i++) {
      h = h * BASE + ids[i] + 1;
      if (i >= n) {
        h -= (ids[i - n] + 1L) * top;
      }
      if (i >= n - 1) {
        out[at++] = mix(h);
      }
    }
    return at;
  }

  private static long whole(int[] ids) {
    long h = WHOLE ^ ids.length;
    for (int id : ids) {
      h = h * BASE + id + 1;
    }
    return mix(h ^ WHOLE);
  }

  /** SplitMix64's finalizer: spreads the polynomial hash over all 64 bits. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static int[] toArray(List<Integer> list) {
    int[] a = new int[list.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = list.get(i);
    }
    return a;
  }
}
