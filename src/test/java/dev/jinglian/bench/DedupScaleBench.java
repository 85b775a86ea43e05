package dev.jinglian.bench;

import static org.apache.spark.sql.functions.col;

import dev.jinglian.bench.SampleCorpus.Doc;
import dev.jinglian.doc.Columns;
import dev.jinglian.job.GlobalStage;
import dev.jinglian.job.GlobalStages;
import dev.jinglian.job.RunLayout;
import dev.jinglian.job.Sessions;
import dev.jinglian.job.StageContext;
import dev.jinglian.recipe.Recipe;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Scaling of exact + near dedup: the same recipe on corpora of growing size built from real documents (each
 * further copy of the sample corpus is a new text, about half its units replaced by real units; 15% of documents
 * are planted near-duplicates of another), time per MB and peak heap.
 *
 * <p>Usage: {@code bench/dedup-scale.sh [sample-data dir] [sizes in MB, e.g. 100,1000] [work dir] [--mllib]};
 * {@code --mllib} also runs Spark MLlib MinHashLSH + approxSimilarityJoin on each corpus (same shingles) and
 * reports its time and the number of pairs it finds.
 */
public final class DedupScaleBench {
  private DedupScaleBench() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "sample-data");
    String[] sizes = (args.length > 1 ? args[1] : "100,1000").split(",");
    Path work = Path.of(args.length > 2 ? args[2] : "/tmp/jinglian-dedup-scale");
    List<Doc> base = SampleCorpus.load(data, 100);
    long baseBytes = base.stream().mapToLong(d -> d.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .sum();
    SparkSession spark = Sessions.create("dedup-scale-bench", "local[2]");
    spark.sparkContext().setLogLevel("ERROR");
    java.util.concurrent.atomic.AtomicInteger jobs = new java.util.concurrent.atomic.AtomicInteger();
    spark.sparkContext().addSparkListener(new org.apache.spark.scheduler.SparkListener() {
      @Override
      public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart start) {
        jobs.incrementAndGet();
      }
    });
    for (String size : sizes) {
      long mb = Long.parseLong(size.trim());
      Path corpus = work.resolve("corpus-" + mb + "mb");
      int copies = (int) Math.max(1, Math.round(mb * 1e6 / baseBytes));
      generate(spark, base, copies, corpus);
      Dataset<Row> input = spark.read().parquet(corpus.toString());
      Row totals = input.agg(functions.count(functions.lit(1)),
          functions.sum(functions.octet_length(col(Columns.TEXT)))).first();
      double megabytes = totals.getLong(1) / 1e6;
      Recipe recipe = DedupQualityBench.recipe(List.of("web", "planted"), "{}", work.resolve("out-" + mb));
      RunLayout layout = new RunLayout(recipe.output(), spark.sparkContext().hadoopConfiguration());
      layout.prepare(true, java.util.List.of(), java.util.List.of());
      resetPeaks();
      long c0 = DedupQualityBench.cpu();
      long w0 = System.nanoTime();
      Dataset<Row> kept = input;
      long removed = 0;
      List<String> parts = new ArrayList<>();
      Dataset<Row> removedPairs = null;
      for (GlobalStage stage : GlobalStages.from(recipe)) {
        long s0 = System.nanoTime();
        spark.sparkContext().listenerBus().waitUntilEmpty();
        int j0 = jobs.get();
        GlobalStage.Result r = stage.apply(kept, new StageContext(spark, recipe, layout));
        spark.sparkContext().listenerBus().waitUntilEmpty();
        int stageJobs = jobs.get() - j0; // Spark jobs inside the stage (with AQE, one per query stage)
        long n = r.rejected().count();
        removed += n;
        Dataset<Row> pairs = r.rejected().select(functions.concat(col(Columns.SOURCE), functions.lit("/"),
            col(Columns.ID)).as("key"), col(Columns.DETAIL).as("dup"));
        removedPairs = removedPairs == null ? pairs : removedPairs.unionAll(pairs);
        kept = r.kept();
        parts.add(String.format(Locale.ROOT, "%s %.1f s, %d jobs (-%d)", stage.name(), (System.nanoTime() - s0) / 1e9,
            stageJobs, n));
      }
      long keptCount = kept.count();
      double wall = (System.nanoTime() - w0) / 1e9;
      double cpu = (DedupQualityBench.cpu() - c0) / 1e9;
      long peak = peakHeapMb();
      System.gc();
      long retained = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
      System.out.printf(Locale.ROOT, "| %.0f MB | %d docs | kept %d, removed %d | wall %.1f s (%.3f s/MB) | cpu %.1f s "
              + "(%.3f cpu-s/MB) | heap peak %d MB, after GC %d MB | %s |%n", megabytes, totals.getLong(0), keptCount,
          removed, wall, wall / megabytes, cpu, cpu / megabytes, peak, retained, String.join(", ", parts));
      if (java.util.Arrays.asList(args).contains("--mllib")) {
        mllib(spark, input, removedPairs, work.resolve("mllib-pairs-" + mb));
      }
    }
    spark.stop();
  }

  /**
   * MLlib on the same documents and shingles. Its pairs (distance at most 0.2: true pairs on its hashed shingles)
   * are then checked against our result: a pair is recalled when both documents end with the same survivor.
   *
   * @param removed our removed documents as (key, dup): "source/id" and the "source/id" each one duplicates
   */
  static void mllib(SparkSession spark, Dataset<Row> input, Dataset<Row> removed, Path pairsOut) {
    StructType schema = new StructType().add("key", DataTypes.StringType)
        .add("features", org.apache.spark.ml.linalg.SQLDataTypes.VectorType());
    Dataset<Row> vectors = input.select(functions.concat(col(Columns.SOURCE), functions.lit("/"), col(Columns.ID)),
        col(Columns.TEXT)).mapPartitions((org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row>) it -> {
          dev.jinglian.dedup.Shingler sh = dev.jinglian.dedup.Shingler.of(dev.jinglian.dedup.NearDedupSpec.defaults());
          List<Row> out = new ArrayList<>();
          while (it.hasNext()) {
            Row r = it.next();
            int[] idx = java.util.Arrays.stream(dev.jinglian.dedup.Shingler.distinct(sh.shingles(r.getString(1))))
                .mapToInt(h -> (int) Math.floorMod(h, 1L << 30)).distinct().sorted().toArray();
            if (idx.length > 0) {
              double[] ones = new double[idx.length];
              java.util.Arrays.fill(ones, 1.0);
              out.add(RowFactory.create(r.getString(0), org.apache.spark.ml.linalg.Vectors.sparse(1 << 30, idx, ones)));
            }
          }
          return out.iterator();
        }, org.apache.spark.sql.Encoders.row(schema));
    long c0 = DedupQualityBench.cpu();
    long w0 = System.nanoTime();
    org.apache.spark.ml.feature.MinHashLSHModel model = new org.apache.spark.ml.feature.MinHashLSH()
        .setNumHashTables(5).setInputCol("features").setOutputCol("hashes").setSeed(1).fit(vectors);
    model.approxSimilarityJoin(vectors, vectors, 0.2, "distance")
        .filter(col("datasetA.key").lt(col("datasetB.key")))
        .select(col("datasetA.key").as("a"), col("datasetB.key").as("b"))
        .write().mode(org.apache.spark.sql.SaveMode.Overwrite).parquet(pairsOut.toString());
    Dataset<Row> pairs = spark.read().parquet(pairsOut.toString());
    long n = pairs.count();
    double wall = (System.nanoTime() - w0) / 1e9;
    double cpu = (DedupQualityBench.cpu() - c0) / 1e9;
    System.out.printf(Locale.ROOT, "| spark-mllib MinHashLSH(5) + approxSimilarityJoin | %d pairs | wall %.1f s | "
        + "cpu %.1f s | shingling and vectors included, pairs written |%n", n, wall, cpu);
    // survivor of a removed document: its dup, or the dup's dup when exact dedup removed it and near dedup its dup
    Dataset<Row> first = removed.as("r1");
    Dataset<Row> survivor = first.join(removed.as("r2"), col("r1.dup").equalTo(col("r2.key")), "left")
        .select(col("r1.key").as("key"), functions.coalesce(col("r2.dup"), col("r1.dup")).as("survivor"));
    Dataset<Row> checked = pairs
        .join(survivor.as("sa"), col("a").equalTo(col("sa.key")), "left")
        .join(survivor.as("sb"), col("b").equalTo(col("sb.key")), "left")
        .select(functions.coalesce(col("sa.survivor"), col("a")).equalTo(
            functions.coalesce(col("sb.survivor"), col("b"))).as("together"));
    long together = checked.filter(col("together")).count();
    System.out.printf(Locale.ROOT, "MLlib pairs whose two documents jinglian gives one survivor: %d of %d (%.4f)%n",
        together, n, n == 0 ? 1.0 : (double) together / n);
  }

  static void generate(SparkSession spark, List<Doc> base, int copies, Path out) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<List<Doc>> docs = jsc.broadcast(new ArrayList<>(base));
    StructType schema = new StructType().add(Columns.SOURCE, DataTypes.StringType)
        .add(Columns.ID, DataTypes.StringType).add(Columns.TEXT, DataTypes.StringType);
    List<Integer> copyIds = IntStream.range(0, copies).boxed().toList();
    var rows = jsc.parallelize(copyIds, Math.max(2, Math.min(copies, 64)))
        .mapPartitions(it -> copiesOf(docs.value(), it));
    spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(out.toString());
  }

  private static Iterator<Row> copiesOf(List<Doc> base, Iterator<Integer> copyIds) {
    Edits edits = new Edits(base.stream().map(Doc::text).toList());
    List<Row> out = new ArrayList<>();
    while (copyIds.hasNext()) {
      int c = copyIds.next();
      Random random = new Random(c);
      List<String> texts = new ArrayList<>();
      for (Doc d : base) {
        String id = d.source() + ":" + d.id() + "#" + c;
        if (!texts.isEmpty() && random.nextDouble() < 0.15) {
          String of = texts.get(random.nextInt(texts.size()));
          out.add(RowFactory.create("planted", id, edits.apply(of, random.nextDouble() * 0.01, random)));
        } else {
          String text = c == 0 ? d.text() : edits.apply(d.text(), 0.5, random);
          texts.add(text);
          out.add(RowFactory.create("web", id, text));
        }
      }
    }
    return out.iterator();
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum / (1 << 20);
  }
}
