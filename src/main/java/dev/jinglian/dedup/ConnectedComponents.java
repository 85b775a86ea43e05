package dev.jinglian.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;

/**
 * Connected components of an edge list by alternating Large-Star and Small-Star (Kiveris et al., "Connected
 * Components in MapReduce and Beyond", 2014): each round is two shuffles of the edges, the number of rounds is
 * logarithmic in the component diameter, and every step streams sorted groups ({@link SortedGroupScan}), so no
 * node's neighborhood is ever held in memory and nothing reaches the driver but two counters per round.
 *
 * <p>Convergence needs no Spark job of its own: the scans count the edges they change. A round in which neither
 * Large-Star nor Small-Star changed anything had a star forest as input (every node has at most one smaller
 * neighbour, and a node with larger neighbours has no smaller one): one star per component, centred on its
 * smallest node, which is the labelling. This costs one extra round at the end but saves a counting job (and its
 * shuffle) in every round. The counters can only over-count when Spark re-runs a task, which never turns a
 * change into none.
 */
final class ConnectedComponents {
  static final String NODE = "node";
  static final String ROOT = "root";
  /** A safety stop far above what the algorithm needs (it converges in O(log² n) rounds). */
  static final int MAX_ROUNDS = 200;

  private ConnectedComponents() {}

  /** Result: (node, root) for every node with an edge, roots included; and the rounds it took. */
  record Labels(Dataset<Row> labels, int rounds) {}

  /**
   * @param edges rows of two non-negative long node numbers; self loops and repeats are allowed
   * @param work directory for the per-round checkpoints (removed when done)
   */
  static Labels run(Dataset<Row> edges, Path work, FileSystem fs) {
    SparkContext sc = edges.sparkSession().sparkContext();
    Dataset<Row> current = edges.toDF(Edges.A, Edges.B).filter(col(Edges.A).notEqual(col(Edges.B)));
    for (int round = 1; round <= MAX_ROUNDS; round++) {
      LongAccumulator changes = sc.longAccumulator("connected components round " + round);
      Dataset<Row> both = current.select(col(Edges.A), col(Edges.B))
          .union(current.select(col(Edges.B), col(Edges.A)));
      Dataset<Row> large = Edges.scanGroups(both, SortedGroupScan.Rule.LARGE_STAR, changes);
      Dataset<Row> oriented = large.select(greatest(col(Edges.A), col(Edges.B)).as(Edges.A),
          least(col(Edges.A), col(Edges.B)).as(Edges.B)).filter(col(Edges.A).notEqual(col(Edges.B)));
      Dataset<Row> small = Edges.scanGroups(oriented, SortedGroupScan.Rule.SMALL_STAR, changes);
      Path dir = new Path(work, "round-" + round);
      current = Checkpoints.save(small, dir);
      delete(fs, new Path(work, "round-" + (round - 1)));
      if (changes.value() == 0) {
        Dataset<Row> labels = current.select(col(Edges.A).as(NODE), col(Edges.B).as(ROOT))
            .union(current.select(col(Edges.B).as(NODE), col(Edges.B).as(ROOT)).distinct());
        return new Labels(labels, round);
      }
    }
    throw new IllegalStateException("connected components did not converge in " + MAX_ROUNDS + " rounds");
  }

  private static void delete(FileSystem fs, Path dir) {
    try {
      fs.delete(dir, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
