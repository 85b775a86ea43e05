package dev.jinglian.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.testing.SharedSpark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectedComponentsTest {
  @TempDir
  Path tmp;

  static Dataset<Row> edges(List<long[]> pairs) {
    SparkSession spark = SharedSpark.get();
    List<Row> rows = new ArrayList<>();
    for (long[] p : pairs) {
      rows.add(RowFactory.create(p[0], p[1]));
    }
    return spark.createDataFrame(rows, Edges.SCHEMA).repartition(3);
  }

  Map<Long, Long> labels(List<long[]> pairs) throws Exception {
    FileSystem fs = FileSystem.getLocal(SharedSpark.get().sparkContext().hadoopConfiguration());
    ConnectedComponents.Labels l = ConnectedComponents.run(edges(pairs),
        new org.apache.hadoop.fs.Path(tmp.toUri()), fs);
    Map<Long, Long> out = new HashMap<>();
    for (Row r : l.labels().collectAsList()) {
      assertThat(out.put(r.getLong(0), r.getLong(1))).as("node %s labelled once", r.getLong(0)).isNull();
    }
    return out;
  }

  @Test
  void longShuffledPathIsOneComponentLabelledByItsSmallestNode() throws Exception {
    List<Long> order = new ArrayList<>();
    for (long i = 0; i < 60; i++) {
      order.add(i * 7 + 3);
    }
    Collections.shuffle(order, new Random(1));
    List<long[]> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < order.size(); i++) {
      pairs.add(i % 2 == 0 ? new long[] {order.get(i), order.get(i + 1)} : new long[] {order.get(i + 1), order.get(i)});
    }
    Map<Long, Long> labels = labels(pairs);
    assertThat(labels).hasSize(60);
    assertThat(labels.values()).containsOnly(3L);
  }

  @Test
  void separateComponentsStaySeparateAndRepeatsOrLoopsDoNotMatter() throws Exception {
    Map<Long, Long> labels = labels(List.of(new long[] {5, 9}, new long[] {9, 5}, new long[] {9, 12},
        new long[] {20, 21}, new long[] {21, 21}, new long[] {100, 100}));
    assertThat(labels).containsOnly(Map.entry(5L, 5L), Map.entry(9L, 5L), Map.entry(12L, 5L),
        Map.entry(20L, 20L), Map.entry(21L, 20L));
  }

  @Test
  void aStarForestIsRecognizedInOneRoundAndAChainNeedsMore() throws Exception {
    FileSystem fs = FileSystem.getLocal(SharedSpark.get().sparkContext().hadoopConfiguration());
    org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(tmp.toUri());
    // 2 and 3 hang off 1, 8 off 7: nothing changes, so the first round already proves convergence
    assertThat(ConnectedComponents.run(edges(List.of(new long[] {2, 1}, new long[] {3, 1}, new long[] {8, 7})),
        dir, fs).rounds()).isEqualTo(1);
    // 3-2-1 is a path: the first round rewires it, the second confirms
    ConnectedComponents.Labels path = ConnectedComponents.run(edges(List.of(new long[] {3, 2},
        new long[] {2, 1})), dir, fs);
    assertThat(path.rounds()).isEqualTo(2);
    assertThat(path.labels().collectAsList()).extracting(r -> r.getLong(0) + "->" + r.getLong(1))
        .containsExactlyInAnyOrder("1->1", "2->1", "3->1");
  }
}
