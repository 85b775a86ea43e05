package dev.jinglian.bench;

import static org.apache.spark.sql.functions.col;

import dev.jinglian.bench.SampleCorpus.Doc;
import dev.jinglian.dedup.NearDedupSpec;
import dev.jinglian.dedup.Shingler;
import dev.jinglian.doc.Columns;
import dev.jinglian.job.GlobalStage;
import dev.jinglian.job.GlobalStages;
import dev.jinglian.job.RunLayout;
import dev.jinglian.job.Sessions;
import dev.jinglian.job.StageContext;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.recipe.RecipeLoader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Quality and speed of near-duplicate removal on real documents with planted near-duplicates, against exact
 * ground truth, and against Spark MLlib's MinHashLSH + approxSimilarityJoin on the same shingle sets.
 *
 * <p>Usage: {@code bench/dedup-quality.sh [sample-data dir] [copies of the corpus] [--no-mllib]
 * [--templated=N]}; {@code --templated=N} adds N documents made from 5 real documents used as templates (each
 * copy with its own number and 1% of its words edited), the boilerplate clusters of a web crawl.
 */
public final class DedupQualityBench {
  static final double[] RATES = {0.0, 0.002, 0.005, 0.01, 0.015, 0.02, 0.03, 0.05, 0.1};
  static final String PLANTED = "planted";

  private DedupQualityBench() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "sample-data");
    int copies = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    boolean mllib = !Arrays.asList(args).contains("--no-mllib");
    List<Doc> base = SampleCorpus.load(data, 100);
    List<Doc> docs = plant(base, copies, new Random(20261121));
    int templated = Arrays.stream(args).filter(a -> a.startsWith("--templated=")).mapToInt(
        a -> Integer.parseInt(a.substring("--templated=".length()))).findFirst().orElse(0);
    docs.addAll(templated(base, templated, new Random(7)));
    long bytes = docs.stream().mapToLong(d -> d.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .sum();
    System.out.printf(Locale.ROOT, "corpus: %d real documents, %d with planted copies, %.1f MB%n", base.size(),
        docs.size(), bytes / 1e6);

    NearDedupSpec defaults = NearDedupSpec.defaults();
    Shingler shingler = Shingler.of(defaults);
    long t0 = System.nanoTime();
    List<long[]> sets = new ArrayList<>();
    for (Doc d : docs) {
      sets.add(Shingler.distinct(shingler.shingles(d.text())));
    }
    List<GroundTruth.Pair> truth = GroundTruth.pairsAtLeast(sets, defaults.threshold());
    System.out.printf(Locale.ROOT, "ground truth: %d pairs with Jaccard >= %.2f (brute force, %.1f s)%n",
        truth.size(), defaults.threshold(), (System.nanoTime() - t0) / 1e9);

    SparkSession spark = Sessions.create("dedup-quality-bench", "local[2]");
    List<String> sources = docs.stream().map(Doc::source).distinct().toList();
    Dataset<Row> table = table(spark, docs).cache();
    table.count();
    Path work = Files.createTempDirectory("dedup-bench");
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      index.put(docs.get(i).source() + "/" + docs.get(i).id(), i);
    }
    Truth t = Truth.of(docs.size(), truth, docs, sources);
    for (String config : List.of("{verify: false}", "{}")) {
      Recipe recipe = recipe(sources, config, work.resolve("out-" + config.length()));
      long c0 = cpu();
      long w0 = System.nanoTime();
      Map<Integer, Integer> removed = runStages(spark, recipe, table, index);
      double wall = (System.nanoTime() - w0) / 1e9;
      double cpuSec = (cpu() - c0) / 1e9;
      t.report("jinglian exact+near " + config + " (bands " + recipe.dedup().near().lshBands() + ")", removed,
          wall, cpuSec);
    }
    if (mllib) {
      runMllib(spark, docs, sets, t);
    }
    spark.stop();
  }

  static List<Doc> plant(List<Doc> base, int copies, Random random) {
    Edits edits = new Edits(base.stream().map(Doc::text).toList());
    List<Doc> out = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      for (Doc d : base) {
        // further copies of the corpus are heavily edited (about 50% of units): new documents, not duplicates
        String text = c == 0 ? d.text() : edits.apply(d.text(), 0.5, random);
        String id = c == 0 ? d.id() : d.id() + "#c" + c;
        out.add(new Doc(d.source(), id, text));
        if (random.nextDouble() < 0.3) {
          int variants = random.nextDouble() < 0.7 ? 1 : 2 + random.nextInt(2);
          for (int v = 0; v < variants; v++) {
            double rate = RATES[random.nextInt(RATES.length)];
            out.add(new Doc(PLANTED, d.source() + ":" + id + "~" + v + "@" + rate, edits.apply(text, rate, random)));
          }
        }
      }
    }
    return out;
  }

  static List<Doc> templated(List<Doc> base, int n, Random random) {
    Edits edits = new Edits(base.stream().map(Doc::text).toList());
    List<Doc> templates = base.stream().filter(d -> d.source().equals("en_pkg") && d.text().length() > 600)
        .limit(5).toList();
    List<Doc> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Doc t = templates.get(i % templates.size());
      out.add(new Doc("templated", String.format("%06d", i),
          edits.apply(t.text(), 0.01, random) + "\nListing number " + i + "."));
    }
    return out;
  }

  static Recipe recipe(List<String> sources, String near, Path out) {
    StringBuilder y = new StringBuilder("name: bench\noutput: " + out + "\nsources:\n");
    for (String s : sources) {
      y.append("  - {name: ").append(s).append(", path: /unused}\n");
    }
    y.append("dedup: {near: ").append(near).append("}\n");
    return RecipeLoader.parse(y.toString(), "bench");
  }

  static Dataset<Row> table(SparkSession spark, List<Doc> docs) {
    StructType schema = new StructType().add(Columns.SOURCE, DataTypes.StringType)
        .add(Columns.ID, DataTypes.StringType).add(Columns.TEXT, DataTypes.StringType);
    List<Row> rows = docs.stream().map(d -> RowFactory.create(d.source(), d.id(), d.text())).toList();
    return spark.createDataFrame(rows, schema).repartition(8);
  }

  /** Runs the recipe's dedup stages; returns removed document index → survivor index. */
  static Map<Integer, Integer> runStages(SparkSession spark, Recipe recipe, Dataset<Row> table,
      Map<String, Integer> index) throws Exception {
    RunLayout layout = new RunLayout(recipe.output(), spark.sparkContext().hadoopConfiguration());
    layout.prepare(true, java.util.List.of(), java.util.List.of());
    StageContext context = new StageContext(spark, recipe, layout);
    Map<Integer, Integer> removed = new HashMap<>();
    Dataset<Row> kept = table;
    for (GlobalStage stage : GlobalStages.from(recipe)) {
      GlobalStage.Result r = stage.apply(kept, context);
      for (Row row : r.rejected().select(col(Columns.SOURCE), col(Columns.ID), col(Columns.DETAIL))
          .collectAsList()) {
        removed.put(index.get(row.getString(0) + "/" + row.getString(1)), index.get(row.getString(2)));
      }
      kept = r.kept();
    }
    return removed;
  }

  static void runMllib(SparkSession spark, List<Doc> docs, List<long[]> sets, Truth t) {
    StructType schema = new StructType().add("i", DataTypes.IntegerType)
        .add("features", SQLDataTypes.VectorType());
    int dim = 1 << 30;
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      int[] idx = Arrays.stream(sets.get(i)).mapToInt(h -> (int) Math.floorMod(h, (long) dim)).distinct().sorted()
          .toArray();
      if (idx.length > 0) {
        double[] ones = new double[idx.length];
        Arrays.fill(ones, 1.0);
        rows.add(RowFactory.create(i, Vectors.sparse(dim, idx, ones)));
      }
    }
    Dataset<Row> df = spark.createDataFrame(rows, schema).repartition(8).cache();
    df.count();
    for (int tables : new int[] {5}) {
      long c0 = cpu();
      long w0 = System.nanoTime();
      MinHashLSHModel model = new MinHashLSH().setNumHashTables(tables).setInputCol("features")
          .setOutputCol("hashes").setSeed(1).fit(df);
      List<Row> pairs = model.approxSimilarityJoin(df, df, 1 - NearDedupSpec.THRESHOLD_DEFAULT, "distance")
          .filter(col("datasetA.i").lt(col("datasetB.i")))
          .select(col("datasetA.i"), col("datasetB.i")).collectAsList();
      double wall = (System.nanoTime() - w0) / 1e9;
      double cpuSec = (cpu() - c0) / 1e9;
      Set<Long> found = new HashSet<>();
      for (Row r : pairs) {
        found.add(((long) r.getInt(0) << 32) | r.getInt(1));
      }
      t.reportPairs("spark-mllib MinHashLSH(" + tables + " tables) + approxSimilarityJoin", found, wall, cpuSec);
    }
  }

  static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Ground truth: true pairs, their components, and the documents a perfect dedup removes. */
  record Truth(List<GroundTruth.Pair> pairs, int[] component, Set<Integer> removed, List<Doc> docs) {
    static Truth of(int n, List<GroundTruth.Pair> pairs, List<Doc> docs, List<String> sources) {
      int[] parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
      for (GroundTruth.Pair p : pairs) {
        parent[find(parent, p.a())] = find(parent, p.b());
      }
      Map<Integer, Integer> survivor = new HashMap<>();
      for (int i = 0; i < n; i++) {
        int root = find(parent, i);
        survivor.merge(root, i, (x, y) -> rank(docs.get(x), sources).compareTo(rank(docs.get(y), sources)) <= 0
            ? x : y);
      }
      int[] component = new int[n];
      Set<Integer> removed = new HashSet<>();
      Map<Integer, Integer> size = new HashMap<>();
      for (int i = 0; i < n; i++) {
        component[i] = find(parent, i);
        size.merge(component[i], 1, Integer::sum);
      }
      for (int i = 0; i < n; i++) {
        if (survivor.get(component[i]) != i) {
          removed.add(i);
        }
      }
      return new Truth(pairs, component, removed, docs);
    }

    private static String rank(Doc d, List<String> sources) {
      return String.format("%04d", sources.indexOf(d.source())) + "\u0000" + d.id();
    }

    private static int find(int[] parent, int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void report(String name, Map<Integer, Integer> removedToSurvivor, double wall, double cpuSec) {
      long tp = removedToSurvivor.keySet().stream().filter(removed::contains).count();
      double p = removedToSurvivor.isEmpty() ? 1 : (double) tp / removedToSurvivor.size();
      double r = removed.isEmpty() ? 1 : (double) tp / removed.size();
      // predicted clusters: removed docs point at their survivor
      Map<Integer, Integer> cluster = new HashMap<>(removedToSurvivor);
      long pairHits = pairs.stream().filter(q -> clusterOf(cluster, q.a()) == clusterOf(cluster, q.b())).count();
      System.out.printf(Locale.ROOT, "| %s | removed %d (truth %d) | doc P %.4f R %.4f F1 %.4f | pair recall %.4f |"
              + " wall %.1f s | cpu %.1f s |%n", name, removedToSurvivor.size(), removed.size(), p, r,
          2 * p * r / (p + r), pairHits / (double) Math.max(1, pairs.size()), wall, cpuSec);
      byRate(removedToSurvivor);
    }

    /** The final survivor of i's cluster: a survivor of exact dedup may itself be removed by near dedup. */
    private static int clusterOf(Map<Integer, Integer> cluster, int i) {
      Integer next;
      while ((next = cluster.get(i)) != null) {
        i = next;
      }
      return i;
    }

    /** For planted copies: share that ended in the same cluster as their original, per edit rate. */
    private void byRate(Map<Integer, Integer> cluster) {
      Map<String, int[]> stats = new TreeMap<>();
      Map<String, Integer> byKey = new HashMap<>();
      for (int i = 0; i < docs.size(); i++) {
        byKey.put(docs.get(i).source() + ":" + docs.get(i).id(), i);
      }
      for (int i = 0; i < docs.size(); i++) {
        Doc d = docs.get(i);
        if (!d.source().equals(PLANTED)) {
          continue;
        }
        String rate = d.id().substring(d.id().lastIndexOf('@') + 1);
        Integer orig = byKey.get(d.id().substring(0, d.id().lastIndexOf('~')));
        int[] s = stats.computeIfAbsent(rate, k -> new int[3]);
        s[0]++;
        if (component[i] == component[orig]) {
          s[1]++;
        }
        if (clusterOf(cluster, i) == clusterOf(cluster, orig)) {
          s[2]++;
        }
      }
      Map<String, String> line = new LinkedHashMap<>();
      stats.forEach((rate, s) -> line.put(rate, s[0] + " copies, truth dup " + s[1] + ", found " + s[2]));
      line.forEach((k, v) -> System.out.println("    edit rate " + k + ": " + v));
    }

    void reportPairs(String name, Set<Long> found, double wall, double cpuSec) {
      long hits = pairs.stream().filter(q -> found.contains(((long) q.a() << 32) | q.b())).count();
      System.out.printf(Locale.ROOT,
          "| %s | %d pairs found (truth %d) | pair recall %.4f | wall %.1f s | cpu %.1f s |%n", name, found.size(),
          pairs.size(), hits / (double) Math.max(1, pairs.size()), wall, cpuSec);
    }
  }
}
