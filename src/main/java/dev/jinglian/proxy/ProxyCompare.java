package dev.jinglian.proxy;

import dev.jinglian.job.GlobalStages;
import dev.jinglian.job.RefineJob;
import dev.jinglian.job.RunOptions;
import dev.jinglian.job.RunResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Compares data recipes by proxy models: each variant runs through {@link RefineJob} into
 * {@code <dir>/runs/<slug>}, its shards are decontaminated against the held-out sets and capped at the token
 * budget, a Kneser-Ney proxy is trained into {@code <dir>/models/<slug>} and scored on every held-out set. The
 * ranking and the table go to {@code <dir>/proxy-compare.json} and {@code <dir>/proxy-compare.html}.
 */
public final class ProxyCompare {
  public static final String JSON_FILE = "proxy-compare.json";
  public static final String HTML_FILE = "proxy-compare.html";

  /**
   * @param budgetTokens every variant trains on at most this many tokens
   * @param seed orders documents before the cap (the same for every variant)
   * @param decontaminationNgram window of the held-out overlap check, in tokens
   */
  public record Options(long budgetTokens, long seed, TrainOptions train, int decontaminationNgram) {}

  private final SparkSession spark;
  private final Options options;
  private final Consumer<String> log;

  public ProxyCompare(SparkSession spark, Options options, Consumer<String> log) {
    this.spark = spark;
    this.options = options;
    this.log = log;
  }

  public CompareResult run(List<RecipeVariants.Variant> variants, List<HeldOutSet> sets, String dir)
      throws IOException {
    Path root = new Path(dir);
    FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
    HeldOutDecontamination decontamination = new HeldOutDecontamination(options.decontaminationNgram());
    List<CompareResult.Entry> entries = new ArrayList<>();
    for (RecipeVariants.Variant v : variants) {
      log.accept("[" + v.label() + "] running the recipe into " + v.recipe().output());
      RunResult run = new RefineJob(spark, v.recipe(), GlobalStages.from(v.recipe()))
          .run(new RunOptions(true, false));
      ProxyCorpus corpus = ProxyCorpus.open(spark, run.outputDir(), null);
      HeldOutDecontamination.Result clean = decontamination.apply(spark, corpus.docs(), sets, corpus.encoding());
      log.accept("[" + v.label() + "] decontamination removed " + clean.removedDocs() + " training documents ("
          + clean.removedTokens() + " tokens) overlapping the held-out sets");
      long available = run.manifest().totals().tokens() - clean.removedTokens();
      if (available < options.budgetTokens()) {
        log.accept("[" + v.label() + "] warning: only " + available + " tokens left, below the budget of "
            + options.budgetTokens() + ": this recipe trains on fewer tokens than the budget (see tokens trained)");
      }
      TokenBudget.Capped capped = TokenBudget.cap(spark, clean.kept(), options.budgetTokens(), options.seed());
      Path modelDir = new Path(new Path(root, "models"), v.slug());
      ProxyModelInfo info;
      try {
        info = new KneserNeyTrainer(options.train()).train(capped.docs(), corpus.encoding(), corpus.vocabSize(),
            modelDir, fs);
      } finally {
        capped.release();
      }
      log.accept("[" + v.label() + "] trained an order-" + info.order() + " proxy on " + info.tokens()
          + " tokens (" + info.docs() + " docs)");
      ProxyEvaluator evaluator = new ProxyEvaluator(KneserNeyModel.load(spark, modelDir.toString()));
      List<EvalResult> results = sets.stream().map(evaluator::evaluate).toList();
      entries.add(new CompareResult.Entry(0, v.label(), v.recipe().name(), v.settings(), run.outputDir(),
          fs.makeQualified(modelDir).toString(), run.manifest().totals().docs(), run.manifest().totals().tokens(),
          clean.removedDocs(), clean.removedTokens(), info.docs(), info.tokens(), info.minCount(), info.entries(),
          info.modelBytes(), results, CompareResult.Entry.pooled(results), 0));
    }
    entries.sort(Comparator.comparingDouble(CompareResult.Entry::pooledBitsPerByte)
        .thenComparing(CompareResult.Entry::label));
    double best = entries.isEmpty() ? 0 : entries.get(0).pooledBitsPerByte();
    List<CompareResult.Entry> ranked = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      ranked.add(entries.get(i).ranked(i + 1, best));
    }
    CompareResult result = new CompareResult(CompareResult.FORMAT, options.budgetTokens(), options.seed(),
        options.train().order(), options.train().memoryBudgetBytes(), options.decontaminationNgram(),
        sets.stream().map(s -> new CompareResult.EvalSetInfo(s.name(), s.path(), s.texts().size(),
            s.quarantined())).toList(), ranked);
    fs.mkdirs(root);
    dev.jinglian.util.Json.write(result, new Path(root, JSON_FILE), fs);
    try (var out = fs.create(new Path(root, HTML_FILE), true)) {
      out.write(CompareReport.html(result).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return result;
  }
}
