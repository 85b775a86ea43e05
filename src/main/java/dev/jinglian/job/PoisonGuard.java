package dev.jinglian.job;

import dev.jinglian.doc.RefinedDocument;
import dev.jinglian.doc.WorkTable;
import dev.jinglian.io.RawRecord;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.spark.sql.Row;

/**
 * Turns one record into its work-table row, quarantining it when the per-document pass throws. A record that
 * fails deterministically (a "poison" record) would otherwise fail its task on every retry and, after Spark's
 * retries, the whole job; here it becomes one quarantine row naming the exception, with the text's head as raw.
 */
final class PoisonGuard {
  /** Leading characters of a poison record's text kept as its raw bytes. */
  static final int RAW_HEAD_CHARS = 1024;

  private PoisonGuard() {}

  static Row row(RawRecord r, Function<RawRecord, RefinedDocument> refine, WorkTable table) {
    if (r.isBad()) {
      return table.quarantined(r);
    }
    try {
      return table.document(refine.apply(r), r);
    } catch (RuntimeException | StackOverflowError e) {
      byte[] head = r.text().substring(0, Math.min(r.text().length(), RAW_HEAD_CHARS))
          .getBytes(StandardCharsets.UTF_8);
      return table.quarantined(RawRecord.bad(r.source(), r.file(), r.line(),
          "processing failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), head));
    }
  }
}
