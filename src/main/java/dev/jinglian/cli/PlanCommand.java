package dev.jinglian.cli;

import dev.jinglian.filter.FilterParams;
import dev.jinglian.io.InputFiles;
import dev.jinglian.job.GlobalStage;
import dev.jinglian.job.GlobalStages;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.recipe.RecipeLoader;
import dev.jinglian.recipe.SourceSpec;
import dev.jinglian.recipe.StageSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jinglian plan <recipe>}: validates a recipe and prints what a run would do, without Spark. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Validate a recipe and print what would run (sources, files, stages), without running it.")
final class PlanCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RECIPE", description = "recipe YAML file")
  Path recipeFile;

  @Option(names = "--json", description = "print the recipe as it would run (all defaults filled in) as JSON")
  boolean json;

  @Option(names = "--previous", paramLabel = "RUN_DIR",
      description = "a finished run whose clean-token counts to compare targets with (default: the recipe's output)")
  String previous;

  /** Each stage's targets against the clean tokens a previous run of the sources kept. */
  private void printMixes(Recipe recipe, Configuration conf) {
    if (recipe.mixStages().isEmpty()) {
      System.out.println("  no mix: every kept document is written");
      return;
    }
    Map<String, Long> clean = PreviousRun.cleanTokens(previous != null ? previous : recipe.output(), conf);
    if (clean.isEmpty()) {
      System.out.println("  (no finished run at " + (previous != null ? previous : recipe.output())
          + ": available clean tokens unknown; run once or pass --previous)");
    }
    for (StageSpec st : recipe.mixStages()) {
      System.out.printf("  mix stage %s: %,d tokens%n", st.name(), st.mix().totalTokens());
      st.mix().sources().forEach((src, t) -> {
        long target = st.mix().targetTokens(src);
        Long have = clean.get(src);
        String verdict = have == null ? "" : have * t.maxEpochs() >= target
            ? String.format("  ok (%.2f epochs)", have == 0 ? 0 : (double) target / have)
            : String.format("  SHORT: %,d clean tokens x max_epochs %s < target", have, t.maxEpochs());
        System.out.printf("    %-24s target %,14d   available %14s%s%n", src, target,
            have == null ? "?" : String.format("%,d", have), verdict);
      });
    }
  }

  @Override
  public Integer call() {
    Recipe recipe = RecipeLoader.load(recipeFile);
    if (json) {
      System.out.print(RecipeLoader.canonicalJson(recipe));
      return 0;
    }
    Configuration conf = new Configuration();
    System.out.println("recipe " + recipe.name() + " (sha256 " + RecipeLoader.sha256(recipe).substring(0, 12)
        + "), seed " + recipe.seed());
    System.out.println("output: " + recipe.output());
    System.out.println("sources:");
    int missing = 0;
    for (SourceSpec s : recipe.sources()) {
      List<String> files = InputFiles.list(s.path(), conf);
      long bytes = files.stream().mapToLong(f -> new java.io.File(java.net.URI.create(
          f.startsWith("file:") ? f : "file:" + f)).length()).sum();
      System.out.printf("  %-24s %-8s %5d files %,14d bytes  %s%n", s.name(), s.format().key(), files.size(), bytes,
          s.path());
      if (files.isEmpty()) {
        System.out.println("    ! no files match " + s.path());
        missing++;
      }
    }
    System.out.println("stages:");
    System.out.println("  read + refine: normalize " + recipe.normalize().unicodeForm()
        + (recipe.normalize().whitespace() ? " + whitespace" : "")
        + (recipe.normalize().traditionalToSimplified() ? " + t2s" : "")
        + "; words by HanLP " + recipe.tokenizer().segmenter() + "; tokens by " + recipe.tokenizer().encoding());
    dev.jinglian.dedup.LineDedupSpec lines = recipe.dedup().lines();
    if (lines.enabled()) {
      System.out.println("    boilerplate " + lines.unit().key() + "s in >= " + lines.minDocuments()
          + " documents removed first (extra read + normalize pass, one shuffle)");
    }
    for (Map.Entry<String, FilterParams> e : recipe.filters().byFamily().entrySet()) {
      System.out.println("    filter " + e.getKey() + (e.getValue().enabled() ? "" : " (disabled)") + ": "
          + e.getValue());
    }
    for (GlobalStage g : GlobalStages.from(recipe)) {
      System.out.println("  " + g.name());
    }
    printMixes(recipe, conf);
    System.out.println("  write shards of ~" + String.format("%,d", recipe.shards().targetTokens()) + " tokens ("
        + recipe.shards().compression() + ")");
    if (missing > 0) {
      System.err.println("error: " + missing + " source(s) match no files");
      return 1;
    }
    return 0;
  }
}
