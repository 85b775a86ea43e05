package dev.jinglian.dedup;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/** Undirected graph edges between documents' node numbers, as rows ({@link #A}, {@link #B}). */
final class Edges {
  static final String A = "a";
  static final String B = "b";
  static final StructType SCHEMA = new StructType()
      .add(A, DataTypes.LongType, false)
      .add(B, DataTypes.LongType, false);

  private Edges() {}

  /**
   * Groups {@code pairs} (two long columns: key, value) by key, streaming each group in value order through
   * {@code rule}; one shuffle.
   *
   * @param changes counts values whose edges change the graph ({@link SortedGroupScan.Rule#changes}), or null
   */
  static Dataset<Row> scanGroups(Dataset<Row> pairs, SortedGroupScan.Rule rule, LongAccumulator changes) {
    String[] c = pairs.columns();
    return pairs.repartition(col(c[0]))
        .sortWithinPartitions(col(c[0]), col(c[1]))
        .mapPartitions((MapPartitionsFunction<Row, Row>) it -> new SortedGroupScan(it, rule, changes), Encoders.row(SCHEMA));
  }
}
