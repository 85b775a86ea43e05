package dev.jinglian.job;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A stage that needs the whole corpus (deduplication, decontamination, mixing). It receives the kept documents
 * and returns those it keeps plus those it drops; the dropped rows carry {@code stage}, {@code reason} and
 * {@code detail} like the per-document rejections.
 */
public interface GlobalStage {
  String name();

  Result apply(Dataset<Row> kept, StageContext context);

  /**
   * The result an earlier {@link #apply} to the same input left in its checkpoint under
   * {@code context.layout().work()}, read back instead of recomputed: how a run resumes after a crash. Only called
   * when that apply completed for the same recipe and inputs; the stage's statistics files are restored for it.
   */
  Result resume(Dataset<Row> kept, StageContext context);

  /** Kept and rejected documents; {@code rejected} has the work table's columns. */
  record Result(Dataset<Row> kept, Dataset<Row> rejected) {}
}
