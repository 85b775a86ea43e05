package dev.jinglian.proxy;

import dev.jinglian.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A trained proxy model loaded into the driver: unigram terms in a dense array, higher orders in hash tables
 * ({@link NgramTable}). The model was pruned to fit a memory budget when it was trained, which is why scoring
 * happens here rather than on the executors: held-out sets are small (megabytes), and shipping a model of up to
 * the budget to every executor would cost more than scoring them in one place.
 */
public final class KneserNeyModel {
  private static final double LN2 = Math.log(2);
  private final ProxyModelInfo info;
  private final double[] unigram;
  private final double gammaEmpty;
  private final NgramTable[] grams;
  private final NgramTable[] contexts;

  private KneserNeyModel(ProxyModelInfo info, double[] unigram, double gammaEmpty, NgramTable[] grams,
      NgramTable[] contexts) {
    this.info = info;
    this.unigram = unigram;
    this.gammaEmpty = gammaEmpty;
    this.grams = grams;
    this.contexts = contexts;
  }

  /** Reads a model written by {@link KneserNeyTrainer}; fails naming the directory when it is incomplete. */
  public static KneserNeyModel load(SparkSession spark, String dir) throws IOException {
    Path root = new Path(dir);
    FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
    Path infoFile = new Path(root, KneserNeyTrainer.INFO_FILE);
    if (!fs.exists(infoFile)) {
      throw new IllegalArgumentException(dir + " is not a proxy model (no " + KneserNeyTrainer.INFO_FILE
          + "; train one with `jinglian proxy train`)");
    }
    ProxyModelInfo info;
    try (InputStream in = fs.open(infoFile)) {
      info = Json.MAPPER.readValue(in, ProxyModelInfo.class);
    }
    if (!ProxyModelInfo.FORMAT.equals(info.format())) {
      throw new IllegalArgumentException(infoFile + ": unsupported model format '" + info.format() + "'");
    }
    int order = info.order();
    double[] unigram = new double[info.predictableTokens()];
    NgramTable.Builder[] gramBuilders = builders(order, "n-grams of " + dir);
    Iterator<Row> rows = spark.read().parquet(new Path(root, KneserNeyTrainer.NGRAMS_DIR).toString())
        .select(KneserNeyTrainer.ORDER, KneserNeyTrainer.NGRAM, KneserNeyTrainer.ALPHA).toLocalIterator();
    while (rows.hasNext()) {
      Row r = rows.next();
      int m = r.getInt(0);
      int[] ids = ids(r.getList(1), m, m, info, dir);
      if (m == 1) {
        unigram[ids[0]] = r.getDouble(2);
      } else {
        gramBuilders[m].add(NgramKey.hi(ids, 0, m), NgramKey.lo(ids, 0, m), r.getDouble(2));
      }
    }
    double gammaEmpty = Double.NaN;
    NgramTable.Builder[] contextBuilders = builders(order, "contexts of " + dir);
    rows = spark.read().parquet(new Path(root, KneserNeyTrainer.CONTEXTS_DIR).toString())
        .select(KneserNeyTrainer.ORDER, KneserNeyTrainer.CONTEXT, KneserNeyTrainer.GAMMA).toLocalIterator();
    while (rows.hasNext()) {
      Row r = rows.next();
      int m = r.getInt(0);
      int[] ids = ids(r.getList(1), m, m - 1, info, dir);
      if (m == 1) {
        gammaEmpty = r.getDouble(2);
      } else {
        contextBuilders[m].add(NgramKey.hi(ids, 0, m - 1), NgramKey.lo(ids, 0, m - 1), r.getDouble(2));
      }
    }
    if (Double.isNaN(gammaEmpty)) {
      throw new IllegalArgumentException(dir + ": the model has no unigram interpolation weight");
    }
    return new KneserNeyModel(info, unigram, gammaEmpty, build(gramBuilders), build(contextBuilders));
  }

  private static NgramTable.Builder[] builders(int order, String what) {
    NgramTable.Builder[] b = new NgramTable.Builder[order + 1];
    for (int m = 2; m <= order; m++) {
      b[m] = new NgramTable.Builder("order " + m + " " + what);
    }
    return b;
  }

  private static NgramTable[] build(NgramTable.Builder[] builders) {
    NgramTable[] t = new NgramTable[builders.length];
    for (int m = 0; m < builders.length; m++) {
      t[m] = builders[m] == null ? NgramTable.empty() : builders[m].build();
    }
    return t;
  }

  /** The ids of an entry of order {@code m} holding {@code n} ids, checked against the model. */
  private static int[] ids(List<Integer> list, int m, int n, ProxyModelInfo info, String dir) {
    if (m < 1 || m > info.order() || list.size() != n) {
      throw new IllegalArgumentException(dir + ": an entry of order " + m + " has " + list.size()
          + " ids (the model has order " + info.order() + ")");
    }
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      int id = list.get(i);
      if (id < 0 || id > info.beginId()) {
        throw new IllegalArgumentException(dir + ": id " + id + " is outside the model's vocabulary");
      }
      ids[i] = id;
    }
    return ids;
  }

  public ProxyModelInfo info() {
    return info;
  }

  public int order() {
    return info.order();
  }

  public int beginId() {
    return info.beginId();
  }

  public int endId() {
    return info.endId();
  }

  /**
   * Probability of {@code seq[pos]} after {@code seq[0 .. pos)}; {@code seq[0]} is the begin marker, and a context
   * never reaches past it.
   */
  double probabilityAt(int[] seq, int pos) {
    double p = unigram[seq[pos]] + gammaEmpty / info.predictableTokens();
    for (int m = 2; m <= info.order(); m++) {
      int from = pos - m + 1;
      if (from < 0) {
        break;
      }
      double gamma = contexts[m].get(NgramKey.hi(seq, from, m - 1), NgramKey.lo(seq, from, m - 1), Double.NaN);
      if (Double.isNaN(gamma)) {
        continue; // context not stored: it backs off with weight 1 (a longer one may still be stored)
      }
      p = grams[m].get(NgramKey.hi(seq, from, m), NgramKey.lo(seq, from, m), 0.0) + gamma * p;
    }
    return p;
  }

  /** Probability of {@code token} after {@code context} (which starts with {@link #beginId()} at a doc start). */
  public double probability(int[] context, int token) {
    int[] seq = java.util.Arrays.copyOf(context, context.length + 1);
    seq[context.length] = token;
    return probabilityAt(seq, context.length);
  }

  /** Bits ({@code -log2 p}) of a document: its tokens and the end marker, from the begin marker on. */
  public double bits(int[] tokens) {
    int[] seq = new int[tokens.length + 2];
    seq[0] = info.beginId();
    System.arraycopy(tokens, 0, seq, 1, tokens.length);
    seq[seq.length - 1] = info.endId();
    double bits = 0;
    for (int pos = 1; pos < seq.length; pos++) {
      bits -= Math.log(probabilityAt(seq, pos)) / LN2;
    }
    return bits;
  }

  /** The stored contexts of order {@code m} (≥ 2), as id arrays (for checks and inspection). */
  int[][] storedContexts(int m) {
    long[][] keys = contexts[m].keys();
    int[][] out = new int[keys.length][];
    for (int i = 0; i < keys.length; i++) {
      out[i] = new int[m - 1];
      for (int p = 0; p < m - 1; p++) {
        out[i][p] = NgramKey.id(keys[i][0], keys[i][1], p);
      }
    }
    return out;
  }
}
