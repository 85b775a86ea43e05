package dev.jinglian.cli;

import dev.jinglian.job.Sessions;
import dev.jinglian.proxy.EvalResult;
import dev.jinglian.proxy.HeldOutSet;
import dev.jinglian.proxy.KneserNeyModel;
import dev.jinglian.proxy.ProxyEvaluator;
import dev.jinglian.util.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jinglian proxy eval --model M --eval FILES}: perplexity and bits per byte per held-out set. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score held-out text with a proxy model: perplexity and bits per byte (tokenizer-independent), "
        + "per eval set.")
final class ProxyEvalCommand implements Callable<Integer> {
  @Option(names = "--model", required = true, paramLabel = "DIR", description = "a model from `proxy train`")
  String model;

  @Option(names = "--eval", required = true, arity = "1..*", paramLabel = "[NAME=]PATH",
      description = "held-out set: a JSONL/Parquet/text file, directory or glob; repeatable")
  List<String> evalSets;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the results as JSON")
  Path json;

  @Mixin
  SparkMasterOption master;

  @Override
  public Integer call() throws Exception {
    try (SparkSession spark = Sessions.create("jinglian proxy eval", master.orNull())) {
      ProxyEvaluator evaluator = new ProxyEvaluator(KneserNeyModel.load(spark, model));
      List<EvalResult> results = new ArrayList<>();
      System.out.printf("%-24s %8s %10s %12s %12s %10s%n", "eval set", "docs", "tokens", "bytes", "perplexity",
          "bits/byte");
      for (String spec : evalSets) {
        HeldOutSet set = HeldOutSet.read(spec, spark.sparkContext().hadoopConfiguration());
        EvalResult r = evaluator.evaluate(set);
        results.add(r);
        System.out.printf(Locale.ROOT, "%-24s %8d %10d %12d %12.2f %10.4f%s%n", r.evalSet(), r.docs(), r.tokens(),
            r.bytes(), r.perplexity(), r.bitsPerByte(),
            r.quarantined() > 0 ? "  (" + r.quarantined() + " unreadable records skipped)" : "");
      }
      if (json != null) {
        Files.writeString(json, Json.write(results));
      }
    }
    return 0;
  }
}
