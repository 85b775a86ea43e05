package dev.jinglian.bench;

import dev.jinglian.io.InputFiles;
import dev.jinglian.job.Sessions;
import dev.jinglian.proxy.EvalResult;
import dev.jinglian.proxy.HeldOutSet;
import dev.jinglian.proxy.KneserNeyModel;
import dev.jinglian.proxy.KneserNeyTrainer;
import dev.jinglian.proxy.ProxyCorpus;
import dev.jinglian.proxy.ProxyEvaluator;
import dev.jinglian.proxy.ProxyModelInfo;
import dev.jinglian.proxy.TokenBudget;
import dev.jinglian.proxy.TrainOptions;
import dev.jinglian.tag.TokenCounter;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * Proxy-model benchmark: training throughput (tokens per CPU-second of the whole process, i.e. per core) and
 * model size against training tokens, plus load and scoring speed. The corpus is the machine's own real text
 * (Debian package documentation under /usr/share/doc, then man pages, Chinese first), cut into paragraphs and
 * encoded with cl100k_base; every 50th document is held out. A small training run first warms up the JIT and
 * Spark's code generation, so the table measures steady-state work. Run:
 * {@code bench/proxy-train.sh [work-dir] [sizes]}.
 */
public final class ProxyTrainBench {
  private static final List<String> ROOTS = List.of("/usr/share/doc", "/usr/share/man/zh_CN", "/usr/share/man");
  private static final long WARMUP_TOKENS = 200_000;
  private static final int ORDER = 4;

  private ProxyTrainBench() {}

  public static void main(String[] args) throws Exception {
    String work = args.length > 0 ? args[0] : "/tmp/jinglian-proxy-bench";
    long[] sizes = Arrays.stream((args.length > 1 ? args[1] : "1000000,10000000").split(","))
        .mapToLong(Long::parseLong).toArray();
    long need = Arrays.stream(sizes).max().orElseThrow();
    try (SparkSession spark = Sessions.create("proxy-bench", null)) {
      Configuration conf = spark.sparkContext().hadoopConfiguration();
      FileSystem fs = new Path(work).getFileSystem(conf);
      fs.delete(new Path(work), true);
      long held = corpus(spark, work, need);
      ProxyCorpus corpus = ProxyCorpus.open(spark, work + "/shards", "cl100k_base");
      HeldOutSet heldOut = HeldOutSet.read("held=" + work + "/heldout.jsonl", conf);
      System.out.printf(Locale.ROOT, "corpus ready; held-out %d docs, %,d tokens; cores %d%n",
          heldOut.texts().size(), held, Runtime.getRuntime().availableProcessors());
      TokenBudget.Capped warm = TokenBudget.cap(spark, corpus.docs(), WARMUP_TOKENS, 7);
      new KneserNeyTrainer(TrainOptions.ofOrder(ORDER)).train(warm.docs(), "cl100k_base", corpus.vocabSize(),
          new Path(work + "/model-warmup"), fs);
      warm.release();
      System.out.println("| tokens | docs | wall s | CPU s | tokens/CPU-s | n-grams kept (orders 1-4) | model memory "
          + "| Parquet on disk | load s | held-out bits/byte | scoring tokens/s |");
      System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
      for (long size : sizes) {
        TokenBudget.Capped capped = TokenBudget.cap(spark, corpus.docs(), size, 42);
        capped.docs().count(); // the cap's sort is not part of training
        Path model = new Path(work + "/model-" + size);
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        ProxyModelInfo info = new KneserNeyTrainer(TrainOptions.ofOrder(ORDER)).train(capped.docs(), "cl100k_base",
            corpus.vocabSize(), model, fs);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpuNanos() - cpu0) / 1e9;
        capped.release();
        long t1 = System.nanoTime();
        KneserNeyModel loaded = KneserNeyModel.load(spark, model.toString());
        double load = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        EvalResult r = new ProxyEvaluator(loaded).evaluate(heldOut);
        double score = (System.nanoTime() - t2) / 1e9;
        StringBuilder kept = new StringBuilder();
        for (ProxyModelInfo.OrderStats o : info.orders()) {
          kept.append(kept.length() == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%,d", o.ngramsKept()));
        }
        System.out.printf(Locale.ROOT, "| %,d | %,d | %.1f | %.1f | %,.0f | %s | %.1f MB | %.1f MB | %.1f | %.4f "
                + "| %,.0f |%n", info.tokens(), info.docs(), wall, cpu, info.tokens() / cpu, kept,
            info.modelBytes() / 1e6, fs.getContentSummary(model).getLength() / 1e6, load, r.bitsPerByte(),
            (r.tokens() + r.docs()) / score);
      }
    }
  }

  /** Writes shards (source, id, tokens, token_ids) of at least {@code need} tokens and a held-out JSONL file. */
  private static long corpus(SparkSession spark, String work, long need) throws Exception {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    TokenCounter cl100k = TokenCounter.named("cl100k_base");
    List<Row> rows = new ArrayList<>();
    StringBuilder held = new StringBuilder();
    long tokens = 0;
    long heldTokens = 0;
    int docs = 0;
    outer:
    for (String root : ROOTS) {
      for (String file : InputFiles.list(root, conf)) {
        String text = read(file, conf);
        if (text == null) {
          continue;
        }
        for (String para : text.split("\n\\s*\n")) {
          String p = para.strip();
          if (p.length() < 40) {
            continue;
          }
          int[] ids = cl100k.encode(p);
          if (++docs % 50 == 0) {
            held.append(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(java.util.Map.of("text", p))).append('\n');
            heldTokens += ids.length;
            continue;
          }
          rows.add(RowFactory.create("doc", "d" + docs, (long) ids.length, ids));
          tokens += ids.length;
          if (tokens >= need * 11 / 10) {
            break outer;
          }
        }
      }
    }
    var schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("source", DataTypes.StringType, false),
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("tokens", DataTypes.LongType, false),
        DataTypes.createStructField("token_ids", DataTypes.createArrayType(DataTypes.IntegerType, false), true)));
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    spark.createDataFrame(jsc.parallelize(rows, 16), schema).write().mode(SaveMode.Overwrite)
        .parquet(work + "/shards");
    java.nio.file.Files.writeString(java.nio.file.Path.of(work, "heldout.jsonl"), held);
    return heldTokens;
  }

  /** The file's text, or null when it is not UTF-8 text (binary documentation, other encodings). */
  private static String read(String file, Configuration conf) {
    try (InputStream in = InputFiles.open(file, conf)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      byte[] b = out.toByteArray();
      if (b.length > 4 << 20 || new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1)
          .contains("\u0000")) {
        return null;
      }
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      return null;
    } catch (Exception e) {
      return null;
    }
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
