package dev.jinglian.cli;

import dev.jinglian.job.GlobalStages;
import dev.jinglian.job.LocalWarmUp;
import dev.jinglian.job.RefineJob;
import dev.jinglian.job.RunOptions;
import dev.jinglian.job.RunResult;
import dev.jinglian.job.Sessions;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.recipe.RecipeLoader;
import dev.jinglian.stats.SourceFunnel;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jinglian run <recipe>}: runs the whole pipeline. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run a recipe: read, clean, deduplicate, mix and write token-counted Parquet shards.")
final class RunCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RECIPE", description = "recipe YAML file")
  Path recipeFile;

  @Option(names = "--output", paramLabel = "DIR", description = "write here instead of the recipe's output")
  String output;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: spark-submit's, else ${DEFAULT-VALUE})", defaultValue = "")
  String master;

  @Option(names = "--force", description = "overwrite a finished run in the output directory")
  boolean force;

  @Option(names = "--keep-work", description = "keep the _work/ checkpoint (tagged documents) after success")
  boolean keepWork;

  @Override
  public Integer call() throws Exception {
    Recipe recipe = RecipeLoader.load(recipeFile);
    if (output != null) {
      recipe = recipe.withOutput(output);
    }
    String chosen = Sessions.master(master.isEmpty() ? null : master);
    LocalWarmUp.startIfLocal(recipe, chosen);
    try (SparkSession spark = Sessions.create("jinglian " + recipe.name(), chosen)) {
      RunResult result = new RefineJob(spark, recipe, GlobalStages.from(recipe))
          .run(new RunOptions(force, keepWork));
      print(result);
    }
    return 0;
  }

  private static void print(RunResult r) {
    System.out.println("run " + r.manifest().recipeName() + " finished in " + r.stageMillis().get("total") + " ms");
    for (Map.Entry<String, SourceFunnel> e : r.stats().sources().entrySet()) {
      SourceFunnel f = e.getValue();
      System.out.printf("  %-24s read %8d  quarantined %6d  rejected %8d  kept %8d docs, %,d tokens%n",
          e.getKey(), f.read(), f.quarantined(), f.rejected().docs(), f.kept().docs(), f.kept().tokens());
    }
    System.out.printf("  total: %d shards, %,d docs, %,d tokens%n", r.manifest().totals().shards(),
        r.manifest().totals().docs(), r.manifest().totals().tokens());
    String out = r.outputDir();
    System.out.println("shards:     " + out + "/shards");
    System.out.println("manifest:   " + out + "/manifest.json");
    System.out.println("rejected:   " + out + "/rejected");
    System.out.println("quarantine: " + out + "/quarantine");
    System.out.println("stats:      " + out + "/stats");
    if (new java.io.File(java.net.URI.create(out + "/report/index.html").getPath()).exists()) {
      System.out.println("report:     " + out + "/report/index.html");
    }
  }
}
