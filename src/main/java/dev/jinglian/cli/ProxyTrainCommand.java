package dev.jinglian.cli;

import dev.jinglian.job.Sessions;
import dev.jinglian.proxy.KneserNeyTrainer;
import dev.jinglian.proxy.ProxyCorpus;
import dev.jinglian.proxy.ProxyModelInfo;
import dev.jinglian.proxy.TokenBudget;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jinglian proxy train <run-or-shards>}: trains a Kneser-Ney proxy model on a run's token ids. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train an interpolated modified Kneser-Ney n-gram model on a run's shards (token ids), "
        + "counting on Spark, pruned to a memory budget, saved as Parquet.")
final class ProxyTrainCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN", description = "a finished run directory, or its shards/ directory")
  String input;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "model directory")
  String output;

  @Option(names = "--budget", paramLabel = "TOKENS",
      description = "train on a seeded prefix of at most this many tokens (default: all)")
  Long budget;

  @Option(names = "--seed", defaultValue = "42", description = "seed of the prefix order (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--encoding", description = "BPE encoding of shards that have no manifest.json beside them")
  String encoding;

  @Option(names = "--force", description = "overwrite an existing model directory")
  boolean force;

  @Mixin
  ProxyModelOptions model;

  @Mixin
  SparkMasterOption master;

  @Override
  public Integer call() throws Exception {
    try (SparkSession spark = Sessions.create("jinglian proxy train", master.orNull())) {
      Path out = new Path(output);
      FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.exists(out) && !force) {
        throw new IllegalStateException("model directory " + output + " exists; pass --force to overwrite it");
      }
      ProxyCorpus corpus = ProxyCorpus.open(spark, input, encoding);
      if (corpus.reencoded()) {
        System.err.println("note: the shards have no token_ids column; encoding their text with "
            + corpus.encoding() + " (recipe `shards: {token_ids: true}` writes the ids once)");
      }
      TokenBudget.Capped capped = budget == null ? null : TokenBudget.cap(spark, corpus.docs(), budget, seed);
      Dataset<Row> docs = capped == null ? corpus.docs() : capped.docs();
      long t0 = System.nanoTime();
      ProxyModelInfo info;
      try {
        info = new KneserNeyTrainer(model.trainOptions()).train(docs, corpus.encoding(), corpus.vocabSize(), out,
            fs);
      } finally {
        if (capped != null) {
          capped.release();
        }
      }
      long ms = (System.nanoTime() - t0) / 1_000_000;
      System.out.printf(Locale.ROOT, "trained an order-%d Kneser-Ney model on %,d tokens (%,d docs) in %,d ms%n",
          info.order(), info.tokens(), info.docs(), ms);
      for (ProxyModelInfo.OrderStats o : info.orders()) {
        System.out.printf(Locale.ROOT, "  order %d: %,d n-grams seen, %,d kept, %,d contexts; discounts %.3f %.3f "
            + "%.3f%s%n", o.order(), o.ngrams(), o.ngramsKept(), o.contextsKept(), o.discounts().d1(),
            o.discounts().d2(), o.discounts().d3(), o.discounts().modified() ? "" : " (fallback)");
      }
      System.out.printf(Locale.ROOT, "  pruning threshold %d; model memory %,d bytes (budget %,d)%n",
          info.minCount(), info.modelBytes(), info.memoryBudgetBytes());
      System.out.println("model: " + fs.makeQualified(out));
    }
    return 0;
  }
}
