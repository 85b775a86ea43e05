package dev.jinglian.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;

import com.google.common.collect.Iterators;
import dev.jinglian.doc.Columns;
import dev.jinglian.job.GlobalStage;
import dev.jinglian.job.StageContext;
import dev.jinglian.recipe.SourceSpec;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.digest.MurmurHash3;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Removes documents whose normalized text is identical to another's. Texts are compared by a 128-bit
 * MurmurHash3 of their UTF-8 bytes (a false match needs about 2^64 documents), so only
 * (hash, source, id, length) rows are shuffled, never the texts.
 */
public final class ExactDedupStage implements GlobalStage {
  static final String H1 = "h1";
  static final String H2 = "h2";
  private static final StructType HASHED = new StructType()
      .add(Columns.SOURCE, DataTypes.StringType, false)
      .add(Columns.ID, DataTypes.StringType, true)
      .add(KeepRule.CHARS, DataTypes.IntegerType, false)
      .add(H1, DataTypes.LongType, false)
      .add(H2, DataTypes.LongType, false);

  private final ExactDedupSpec spec;

  public ExactDedupStage(ExactDedupSpec spec) {
    this.spec = spec;
  }

  @Override
  public String name() {
    return "dedup_exact";
  }

  @Override
  public Result resume(Dataset<Row> kept, StageContext context) {
    return DuplicateRemoval.resume(kept, context.layout().stageWork(name()), DedupReason.EXACT);
  }

  @Override
  public Result apply(Dataset<Row> kept, StageContext context) {
    Path work = context.layout().stageWork(name());
    Checkpoints.Saved saved = Checkpoints.saveCounted(kept
        .select(col(Columns.SOURCE), col(Columns.ID), length(col(Columns.TEXT)).as(KeepRule.CHARS),
            col(Columns.TEXT))
        .mapPartitions((MapPartitionsFunction<Row, Row>) ExactDedupStage::hash, Encoders.row(HASHED)),
        new Path(work, "hashes"));
    Dataset<Row> hashed = saved.data();
    List<String> sources = context.recipe().sources().stream().map(SourceSpec::name).toList();
    Clusters.Resolution r = Clusters.resolve(hashed, List.of(H1, H2), spec.keep(), sources, work);
    Dataset<Row> removed = Checkpoints.save(r.removed(), DuplicateRemoval.removedPath(work));
    Map<Long, Long> histogram = Clusters.sizeHistogram(r.clusters());
    DedupStatsFiles.add(context.layout(), "exact", ClusterSummary.of(saved.rows(), histogram), histogram,
        r.clusters(), removed);
    return DuplicateRemoval.apply(kept, removed, DedupReason.EXACT);
  }

  private static Iterator<Row> hash(Iterator<Row> rows) {
    return Iterators.transform(rows, r -> {
      long[] h = MurmurHash3.hash128x64(r.getString(3).getBytes(StandardCharsets.UTF_8));
      return RowFactory.create(r.getString(0), r.getString(1), r.getInt(2), h[0], h[1]);
    });
  }
}
