package dev.jinglian.job;

import dev.jinglian.doc.WorkTable;
import dev.jinglian.io.InputFiles;
import dev.jinglian.io.RawRecord;
import dev.jinglian.io.RecordIterator;
import dev.jinglian.io.SourceReader;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.recipe.SourceSpec;
import java.util.List;
import org.apache.hadoop.conf.Configuration;

/**
 * Runs the per-document pass over the first documents of a recipe's inputs on a background thread while an
 * embedded (local) Spark starts. The executors of a local master share the driver's JVM, so when their first tasks
 * arrive the dictionaries are loaded and the JIT has compiled the hot code; without it the first task on each core
 * ran at half speed for ten seconds or more (docs/BENCHMARKS.md). The results are thrown away: nothing the pass
 * writes is shared with the job except those read-only dictionaries, so the run's output does not change.
 */
public final class LocalWarmUp {
  /** Characters of text refined in all, shared evenly by the sources. */
  static final long CHAR_BUDGET = 2_000_000;
  /** Longer documents are skipped: refining one cold would take longer than it warms. */
  static final int MAX_DOC_CHARS = 100_000;

  private LocalWarmUp() {}

  /**
   * Starts the warm-up when {@code master} is a local one; returns the (daemon) thread, or null when not started.
   * It ends by itself once its budget is used.
   */
  public static Thread startIfLocal(Recipe recipe, String master) {
    if (!master.startsWith("local")) {
      return null;
    }
    Thread t = new Thread(() -> warm(recipe, new Configuration(), CHAR_BUDGET), "jinglian-warm-up");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /**
   * Refines documents from the start of each source's first file until the source's share of {@code charBudget}
   * is used or the file ends. Never throws: an input the job will report on (missing,
   * unreadable, malformed) only ends the warm-up early.
   *
   * @return the number of documents refined
   */
  static int warm(Recipe recipe, Configuration conf, long charBudget) {
    int docs = 0;
    try {
      WorkTable table = DocumentRefiner.workTable(recipe);
      DocumentRefiner refiner = new DocumentRefiner(recipe);
      long perSource = charBudget / recipe.sources().size();
      for (SourceSpec source : recipe.sources()) {
        List<String> files = InputFiles.list(source.path(), conf);
        if (files.isEmpty()) {
          continue;
        }
        long chars = 0;
        try (RecordIterator records = new SourceReader(source, recipe.input()).read(files.get(0), conf)) {
          while (chars < perSource && records.hasNext()) {
            RawRecord r = records.next();
            if (!r.isBad() && r.text().length() <= MAX_DOC_CHARS) {
              PoisonGuard.row(r, refiner::refine, table);
              chars += r.text().length();
              docs++;
            }
          }
        }
      }
    } catch (Exception | StackOverflowError e) {
      // the job itself reads these inputs and reports what is wrong with them
    }
    return docs;
  }
}
