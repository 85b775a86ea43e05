package dev.jinglian.job;

import com.google.common.collect.Iterators;
import dev.jinglian.dedup.BoilerplateLines;
import dev.jinglian.doc.RawRows;
import dev.jinglian.doc.WorkTable;
import dev.jinglian.io.FileSplit;
import dev.jinglian.io.RawRecord;
import dev.jinglian.io.RecordIterator;
import dev.jinglian.io.SourceReader;
import dev.jinglian.normalize.Edits;
import dev.jinglian.normalize.Normalization;
import dev.jinglian.normalize.Transform;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.recipe.SourceSpec;
import dev.jinglian.shard.ParquetDirectory;
import dev.jinglian.util.SerializableConf;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads every input file (a task streams one file, or one byte range of a large JSON Lines file
 * ({@link InputSplits}), so memory does not grow with file size) and runs the fused per-document pass, writing the
 * work table. When there are still fewer splits than cores the records are spread over partitions first, so one
 * big unsplittable file does not leave the cluster idle. With {@code dedup.lines} the records are
 * read and normalized once more before that, to find the corpus's boilerplate lines ({@link BoilerplateLines}).
 */
final class ReadRefineStage {
  private ReadRefineStage() {}

  /** Where the boilerplate scan's findings are kept next to the refined table {@code out} (work directory). */
  static Path boilerplateFound(Path out) {
    return out.suffix(".boilerplate.json");
  }

  static void run(SparkSession spark, Recipe recipe, Map<String, List<String>> filesBySource, WorkTable table,
      Path out) throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<FileSplit> files = new ArrayList<>();
    for (SourceSpec s : recipe.sources()) {
      for (String f : filesBySource.get(s.name())) {
        files.add(FileSplit.whole(s.name(), f));
      }
    }
    int parallelism = jsc.defaultParallelism();
    SerializableConf conf = new SerializableConf(spark.sparkContext().hadoopConfiguration());
    List<FileSplit> splits = InputSplits.plan(jsc, recipe, files, conf);
    JavaRDD<RawRecord> records;
    if (splits.isEmpty()) {
      records = jsc.emptyRDD();
    } else {
      int slices = Math.min(splits.size(), Math.max(1, parallelism * 8));
      records = jsc.parallelize(splits, slices).mapPartitions(it -> readAll(recipe, it, conf));
      if (splits.size() < 2 * parallelism) {
        records = spark.createDataFrame(records.map(RawRows::toRow), RawRows.SCHEMA)
            .repartition(2 * parallelism).javaRDD().map(RawRows::fromRow);
      }
    }
    FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
    fs.delete(boilerplateFound(out), false);
    BoilerplateLines boilerplate = null;
    if (recipe.dedup().lines().enabled()) {
      boilerplate = BoilerplateLines.find(spark, recipe.dedup().lines(), records.mapPartitions(it ->
          normalizeAll(recipe, it)));
    }
    Transform removal = boilerplate == null ? null : boilerplate.removal();
    JavaRDD<Row> rows = records.mapPartitions(it -> refineAll(recipe, removal, table, it));
    ParquetDirectory.writeWork(spark.createDataFrame(rows, table.schema()), out);
    if (boilerplate != null) {
      boilerplate.writeFound(boilerplateFound(out), fs);
    }
  }

  /**
   * The normalized texts of the readable records, for the boilerplate scan. A record whose normalization throws
   * is left out here; the per-document pass quarantines it.
   */
  private static Iterator<String> normalizeAll(Recipe recipe, Iterator<RawRecord> records) {
    List<Transform> transforms = Normalization.from(recipe.normalize());
    Iterator<RawRecord> good = Iterators.filter(records, r -> !r.isBad());
    return Iterators.filter(Iterators.transform(good, r -> {
      try {
        return Normalization.apply(transforms, r.text(), new Edits());
      } catch (RuntimeException | StackOverflowError e) {
        return null;
      }
    }), Objects::nonNull);
  }

  private static Iterator<RawRecord> readAll(Recipe recipe, Iterator<FileSplit> files, SerializableConf conf) {
    return new Iterator<>() {
      private RecordIterator current = null;

      @Override
      public boolean hasNext() {
        while (current == null || !current.hasNext()) {
          if (!files.hasNext()) {
            return false;
          }
          FileSplit f = files.next();
          current = new SourceReader(recipe.source(f.source()), recipe.input()).read(f, conf.get());
        }
        return true;
      }

      @Override
      public RawRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private static Iterator<Row> refineAll(Recipe recipe, Transform boilerplate, WorkTable table,
      Iterator<RawRecord> records) {
    if (!records.hasNext()) {
      return Collections.emptyIterator();
    }
    DocumentRefiner refiner = new DocumentRefiner(recipe, boilerplate);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public Row next() {
        return PoisonGuard.row(records.next(), refiner::refine, table);
      }
    };
  }
}
