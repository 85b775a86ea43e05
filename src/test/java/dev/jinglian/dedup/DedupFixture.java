package dev.jinglian.dedup;

import static org.apache.spark.sql.functions.col;

import dev.jinglian.doc.Columns;
import dev.jinglian.doc.WorkTable;
import dev.jinglian.job.GlobalStage;
import dev.jinglian.job.RunLayout;
import dev.jinglian.job.StageContext;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.testing.Recipes;
import dev.jinglian.testing.SharedSpark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/** Builds work-table rows for dedup stage tests and runs the stages a recipe asks for. */
final class DedupFixture {
  /** One input document. */
  record Doc(String source, String id, String text) {}

  private DedupFixture() {}

  static Doc doc(String source, String id, String text) {
    return new Doc(source, id, text);
  }

  static Dataset<Row> table(List<Doc> docs) {
    SparkSession spark = SharedSpark.get();
    WorkTable table = new WorkTable(List.of());
    List<Row> rows = new ArrayList<>();
    for (Doc d : docs) {
      Object[] v = new Object[table.schema().size()];
      v[table.schema().fieldIndex(Columns.ID)] = d.id();
      v[table.schema().fieldIndex(Columns.SOURCE)] = d.source();
      v[table.schema().fieldIndex(Columns.TEXT)] = d.text();
      v[table.schema().fieldIndex(Columns.TOKENS)] = (long) d.text().length();
      v[table.schema().fieldIndex(Columns.FILE)] = "in.jsonl";
      v[table.schema().fieldIndex(Columns.LINE)] = 1L;
      rows.add(RowFactory.create(v));
    }
    return spark.createDataFrame(rows, table.schema()).repartition(3);
  }

  static Recipe recipe(String dedupYaml, String... sources) {
    StringBuilder y = new StringBuilder("name: dedup-test\noutput: /unused\nsources:\n");
    for (String s : sources) {
      y.append("  - {name: ").append(s).append(", path: /unused}\n");
    }
    y.append(dedupYaml);
    return Recipes.fromYaml(y.toString());
  }

  /** Outcome of running stages: removed documents as "source/id" → "reason detail". */
  record Outcome(List<String> kept, Map<String, String> removed) {}

  static Outcome run(Recipe recipe, List<GlobalStage> stages, List<Doc> docs, Path dir) {
    SparkSession spark = SharedSpark.get();
    RunLayout layout = new RunLayout(dir.toString(), spark.sparkContext().hadoopConfiguration());
    try {
      layout.prepare(false, java.util.List.of(), java.util.List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StageContext context = new StageContext(spark, recipe, layout);
    Dataset<Row> kept = table(docs);
    Map<String, String> removed = new TreeMap<>();
    for (GlobalStage stage : stages) {
      GlobalStage.Result r = stage.apply(kept, context);
      for (Row row : r.rejected().select(col(Columns.SOURCE), col(Columns.ID), col(Columns.STAGE),
          col(Columns.REASON), col(Columns.DETAIL)).collectAsList()) {
        removed.put(row.getString(0) + "/" + row.getString(1),
            row.getString(2) + " " + row.getString(3) + " " + row.getString(4));
      }
      kept = r.kept();
    }
    List<String> keptIds = new ArrayList<>();
    for (Row row : kept.select(col(Columns.SOURCE), col(Columns.ID)).orderBy(Columns.SOURCE, Columns.ID)
        .collectAsList()) {
      keptIds.add(row.getString(0) + "/" + row.getString(1));
    }
    return new Outcome(keptIds, removed);
  }
}
