package dev.jinglian.cli;

import dev.jinglian.job.Sessions;
import dev.jinglian.proxy.CompareReport;
import dev.jinglian.proxy.CompareResult;
import dev.jinglian.proxy.HeldOutDecontamination;
import dev.jinglian.proxy.HeldOutSet;
import dev.jinglian.proxy.ProxyCompare;
import dev.jinglian.proxy.RecipeVariants;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.recipe.RecipeLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jinglian proxy compare A.yaml B.yaml … --budget N --eval …}: ranks recipes by proxy models. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Run each recipe (optionally over a --grid of recipe values), cap each at the same token "
        + "budget after removing held-out overlaps, train one proxy model each, score all on the same held-out "
        + "sets and print a ranked table (also written to <dir>/proxy-compare.json and .html).")
final class ProxyCompareCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "RECIPE", description = "recipe YAML files")
  List<Path> recipes;

  @Option(names = "--budget", required = true, paramLabel = "TOKENS", description = "training tokens per recipe")
  long budget;

  @Option(names = "--eval", required = true, arity = "1..*", paramLabel = "[NAME=]PATH",
      description = "held-out set: a JSONL/Parquet/text file, directory or glob; repeatable")
  List<String> evalSets;

  @Option(names = "--dir", defaultValue = "proxy-compare", paramLabel = "DIR",
      description = "comparison directory: runs/, models/, proxy-compare.json, proxy-compare.html "
          + "(default: ${DEFAULT-VALUE})")
  String dir;

  @Option(names = "--grid", paramLabel = "KEY=V1,V2,...",
      description = "recipe key path and values to sweep, e.g. filters.length.min_chars=10,50; at most two")
  List<String> grid = new ArrayList<>();

  @Option(names = "--seed", defaultValue = "42", description = "seed of the budget prefix (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--decontam-ngram", defaultValue = "" + HeldOutDecontamination.NGRAM_DEFAULT,
      description = "drop training docs sharing this many consecutive tokens with a held-out doc "
          + "(default: ${DEFAULT-VALUE})")
  int decontamNgram;

  @Mixin
  ProxyModelOptions model;

  @Mixin
  SparkMasterOption master;

  @Override
  public Integer call() throws Exception {
    if (grid.size() > 2) {
      throw new IllegalArgumentException("--grid sweeps at most two recipe keys, got " + grid.size());
    }
    List<Recipe> loaded = new ArrayList<>();
    List<String> origins = new ArrayList<>();
    for (Path p : recipes) {
      loaded.add(RecipeLoader.load(p));
      origins.add(p.toString());
    }
    List<RecipeVariants.Variant> variants = RecipeVariants.expand(loaded, origins,
        grid.stream().map(RecipeVariants.Axis::parse).toList(), dir + "/runs");
    ProxyCompare.Options options = new ProxyCompare.Options(budget, seed, model.trainOptions(), decontamNgram);
    try (SparkSession spark = Sessions.create("jinglian proxy compare", master.orNull())) {
      List<HeldOutSet> sets = new ArrayList<>();
      for (String spec : evalSets) {
        sets.add(HeldOutSet.read(spec, spark.sparkContext().hadoopConfiguration()));
      }
      CompareResult result = new ProxyCompare(spark, options, System.err::println).run(variants, sets, dir);
      System.out.print(CompareReport.table(result));
      System.out.println("written: " + dir + "/" + ProxyCompare.JSON_FILE + ", " + dir + "/"
          + ProxyCompare.HTML_FILE);
    }
    return 0;
  }
}
