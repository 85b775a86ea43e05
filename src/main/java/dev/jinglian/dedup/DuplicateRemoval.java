package dev.jinglian.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.jinglian.doc.Columns;
import dev.jinglian.job.GlobalStage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Splits a stage's input by a table of removed documents ({@code source}, {@code id},
 * {@link Clusters#DUPLICATE_OF}): the rest is kept, the removed rows keep every work-table column and get
 * {@code stage = dedup}, the reason, and {@code detail = <source>/<id>} of the copy that stayed (source names
 * cannot contain {@code /}, so the first {@code /} splits it).
 */
final class DuplicateRemoval {
  static final String STAGE = dev.jinglian.job.DocumentRefiner.STAGE_DEDUP;

  private DuplicateRemoval() {}

  /** Where a dedup stage keeps its removed documents (the checkpoint a resumed run reads). */
  static Path removedPath(Path stageWork) {
    return new Path(stageWork, "removed");
  }

  /** Splits a stage's input by the removed documents an earlier, completed run of the stage saved. */
  static GlobalStage.Result resume(Dataset<Row> input, Path stageWork, DedupReason reason) {
    return apply(input, input.sparkSession().read().parquet(removedPath(stageWork).toString()), reason);
  }

  static GlobalStage.Result apply(Dataset<Row> input, Dataset<Row> removed, DedupReason reason) {
    String[] key = {Columns.SOURCE, Columns.ID};
    Dataset<Row> kept = input.join(removed.select(col(Columns.SOURCE), col(Columns.ID)), key, "left_anti");
    Dataset<Row> joined = input.join(removed, key, "inner");
    Map<String, Column> marks = new LinkedHashMap<>();
    marks.put(Columns.STAGE, lit(STAGE));
    marks.put(Columns.REASON, lit(reason.key()));
    marks.put(Columns.DETAIL, col(Clusters.DUPLICATE_OF));
    List<Column> columns = new ArrayList<>();
    for (String c : input.columns()) {
      Column mark = marks.remove(c);
      columns.add(mark == null ? col(c) : mark.as(c));
    }
    marks.forEach((c, mark) -> columns.add(mark.as(c))); // inputs without the work table's reject columns
    Column[] inputOrder = Arrays.stream(input.columns()).map(c -> col(c)).toArray(Column[]::new);
    return new GlobalStage.Result(kept.select(inputOrder), joined.select(columns.toArray(Column[]::new)));
  }
}
