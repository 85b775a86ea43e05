package dev.jinglian.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import dev.jinglian.doc.Columns;
import dev.jinglian.report.ReportData.KeywordCount;
import dev.jinglian.report.ReportData.SourceKeywords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The most frequent TextRank keywords of each source's kept documents: documents per (source, keyword), ranked
 * within the source on the executors; only the top {@link #TOP} rows per source reach the driver. A keyword
 * counts once per document (the column holds distinct words), so the count is a document frequency.
 */
final class KeywordGatherer {
  static final int TOP = 20;
  private static final String KEYWORD = "keyword";
  private static final String DOCS = "docs";
  private static final String RANK = "rank";

  private KeywordGatherer() {}

  /** One entry per source with keywords, in {@code sources} order; empty when the shards have no keywords. */
  static List<SourceKeywords> gather(Dataset<Row> kept, List<String> sources) {
    if (!List.of(kept.columns()).contains(Columns.KEYWORDS)) {
      return List.of();
    }
    Dataset<Row> counts = kept.select(col(Columns.SOURCE), explode(col(Columns.KEYWORDS)).as(KEYWORD))
        .groupBy(col(Columns.SOURCE), col(KEYWORD)).agg(count(lit(1)).as(DOCS));
    Dataset<Row> top = counts.withColumn(RANK, row_number().over(Window.partitionBy(col(Columns.SOURCE))
            .orderBy(col(DOCS).desc(), col(KEYWORD).asc())))
        .filter(col(RANK).leq(TOP))
        .orderBy(col(Columns.SOURCE), col(RANK));
    Map<String, List<KeywordCount>> bySource = new LinkedHashMap<>();
    for (Row r : top.select(col(Columns.SOURCE), col(KEYWORD), col(DOCS)).collectAsList()) {
      bySource.computeIfAbsent(r.getString(0), s -> new ArrayList<>()).add(new KeywordCount(r.getString(1),
          r.getLong(2)));
    }
    List<SourceKeywords> out = new ArrayList<>();
    for (String s : sources) {
      List<KeywordCount> k = bySource.get(s);
      if (k != null) {
        out.add(new SourceKeywords(s, k));
      }
    }
    return out;
  }
}
