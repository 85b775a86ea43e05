package dev.jinglian.report;

import dev.jinglian.job.GlobalStages;
import dev.jinglian.job.RefineJob;
import dev.jinglian.job.RunOptions;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.testing.Recipes;
import dev.jinglian.testing.SharedSpark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The report tests' sample runs: Vim's tutor lessons (Chinese simplified and traditional, English, Japanese,
 * Korean, Russian; see the fixture's README) plus a source 'web' of one document full of markup
 * and one malformed line through the real pipeline, with length thresholds that fire on both
 * sides; dedup is off, so the report has a section of a stage that did not run. Each run is made once per JVM.
 */
final class SampleRun {
  /** Under target/, so a developer can open the reports after the tests. */
  static final Path ROOT = Paths.get("target", "report-sample-runs").toAbsolutePath();
  private static Path runA;
  private static Path runB;

  private SampleRun() {}

  static Path fixture() {
    try {
      return Paths.get(SampleRun.class.getResource("/fixtures/vimtutor/zh.jsonl").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** min_chars 300, max_chars 1000. */
  static synchronized Path a() {
    if (runA == null) {
      runA = run(ROOT.resolve("run-a"), 300, 1000);
    }
    return runA;
  }

  /** The same inputs with min_chars 200, max_chars 1200. */
  static synchronized Path b() {
    if (runB == null) {
      runB = run(ROOT.resolve("run-b"), 200, 1200);
    }
    return runB;
  }

  static Recipe recipe(Path out, int minChars, int maxChars) {
    Path f = fixture();
    return Recipes.fromYaml("""
        name: vimtutor-sample
        output: %s
        sources:
          - {name: zh, path: %s/zh.jsonl}
          - {name: en, path: %s/en.jsonl}
          - {name: intl, path: %s/intl.jsonl}
          - {name: web, path: %s/web.jsonl}
        filters:
          length: {min_chars: %d, max_chars: %d}
        shards: {target_tokens: 20000}
        dedup: {exact: {enabled: false}, near: {enabled: false}}
        """.formatted(out, f, f, f, f, minChars, maxChars));
  }

  private static Path run(Path out, int minChars, int maxChars) {
    Recipe recipe = recipe(out, minChars, maxChars);
    try {
      new RefineJob(SharedSpark.get(), recipe, GlobalStages.from(recipe)).run(new RunOptions(true, false));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
