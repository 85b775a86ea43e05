package dev.jinglian.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.doc.Columns;
import dev.jinglian.stats.Counts;
import dev.jinglian.stats.EditCount;
import dev.jinglian.stats.RunStats;
import dev.jinglian.stats.SourceFunnel;
import dev.jinglian.testing.SharedSpark;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class WorkTableCountsTest {
  private static final StructType SCHEMA = new StructType()
      .add(Columns.SOURCE, DataTypes.StringType, false)
      .add(Columns.ERROR, DataTypes.StringType, true)
      .add(Columns.REASON, DataTypes.StringType, true)
      .add(Columns.TOKENS, DataTypes.IntegerType, true)
      .add(Columns.LANG, DataTypes.StringType, true)
      .add(Columns.SKIPPED, DataTypes.createArrayType(DataTypes.StringType, false), true)
      .add(Columns.EDITS, DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType, false), true)
      .add(Columns.TEXT, DataTypes.StringType, true);

  private static Row row(String source, String error, String reason, Integer tokens, String lang,
      List<String> skipped, Map<String, Integer> edits) {
    return RowFactory.create(source, error, reason, tokens, lang,
        skipped == null ? null : scala.jdk.javaapi.CollectionConverters.asScala(skipped).toSeq(),
        edits == null ? null : scala.jdk.javaapi.CollectionConverters.asScala(edits), "text");
  }

  @Test
  void countsOutcomesSkippedRulesAndEditsPerSourceAcrossPartitions() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 50; i++) { // kept Chinese documents; every other one had its whitespace cleaned twice
      rows.add(row("web", null, null, 10, "zh-Hans", List.of("gopher_quality/stop_words"),
          i % 2 == 0 ? Map.of("whitespace", 2) : Map.of()));
    }
    for (int i = 0; i < 7; i++) { // rejected English documents, one PII redaction each; the Chinese family skipped
      rows.add(row("web", null, "length/too_short", 3, "en", List.of("chinese"), Map.of("pii_email", 1)));
    }
    rows.add(row("web", "malformed JSON", null, null, null, null, null));
    rows.add(row("books", "invalid UTF-8 at byte 4", null, null, null, null, null));
    rows.add(row("books", null, "normalize/empty_after_normalize", 0, "und", List.of(), Map.of("nfkc", 0)));
    rows.add(row("books", null, null, 100, "en", List.of("chinese"), Map.of("nfkc", 5)));
    Dataset<Row> work = SharedSpark.get().createDataFrame(rows, SCHEMA).repartition(3);

    RunStats stats = new RunStats();
    WorkTableCounts.collect(work, stats);

    SourceFunnel web = stats.source("web");
    assertThat(web.read()).isEqualTo(58);
    assertThat(web.quarantined()).isEqualTo(1);
    assertThat(web.kept()).isEqualTo(new Counts(50, 500));
    assertThat(web.rejectedByReason()).containsExactly(Map.entry("length/too_short", new Counts(7, 21)));
    assertThat(web.skippedByRule()).containsOnly(
        Map.entry("gopher_quality/stop_words", Map.of("zh-Hans", 50L)),
        Map.entry("chinese", Map.of("en", 7L)));
    assertThat(web.edits()).containsOnly(
        Map.entry("whitespace", new EditCount(25, 50)),
        Map.entry("pii_email", new EditCount(7, 7)));

    SourceFunnel books = stats.source("books");
    assertThat(books.read()).isEqualTo(3);
    assertThat(books.quarantined()).isEqualTo(1);
    assertThat(books.refined()).isEqualTo(new Counts(2, 100));
    assertThat(books.kept()).isEqualTo(new Counts(1, 100));
    assertThat(books.rejectedByReason())
        .containsExactly(Map.entry("normalize/empty_after_normalize", new Counts(1, 0)));
    assertThat(books.skippedByRule()).containsOnly(Map.entry("chinese", Map.of("en", 1L)));
    // an edit kind present with 0 edits still counts its document, as the map says it was checked
    assertThat(books.edits()).containsOnly(Map.entry("nfkc", new EditCount(2, 5)));
  }
}
