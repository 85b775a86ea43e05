package dev.jinglian.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Connected components of an edge list by alternating Large-Star and Small-Star (Kiveris et al., "Connected
 * Components in MapReduce and Beyond", 2014): each round is two shuffles of the edges, the number of rounds is
 * logarithmic in the component diameter, and every step streams sorted groups ({@link SortedGroupScan}), so no
 * node's neighborhood is ever held in memory and nothing reaches the driver but one count per round.
 *
 * <p>When no node is both a parent and a child and every child has exactly one parent, the edges form one star
 * per component centred on its smallest node: the labelling is done.
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
    Dataset<Row> current = edges.toDF(Edges.A, Edges.B).filter(col(Edges.A).notEqual(col(Edges.B)));
    for (int round = 1; round <= MAX_ROUNDS; round++) {
      Dataset<Row> both = current.select(col(Edges.A), col(Edges.B))
          .union(current.select(col(Edges.B), col(Edges.A)));
      Dataset<Row> large = Edges.scanGroups(both, SortedGroupScan.Rule.LARGE_STAR);
      Dataset<Row> oriented = large.select(greatest(col(Edges.A), col(Edges.B)).as(Edges.A),
          least(col(Edges.A), col(Edges.B)).as(Edges.B)).filter(col(Edges.A).notEqual(col(Edges.B)));
      Dataset<Row> small = Edges.scanGroups(oriented, SortedGroupScan.Rule.SMALL_STAR);
      Path dir = new Path(work, "round-" + round);
      current = Checkpoints.save(small, dir);
      delete(fs, new Path(work, "round-" + (round - 1)));
      if (isStarForest(current)) {
        Dataset<Row> labels = current.select(col(Edges.A).as(NODE), col(Edges.B).as(ROOT))
            .union(current.select(col(Edges.B).as(NODE), col(Edges.B).as(ROOT)).distinct());
        return new Labels(labels, round);
      }
    }
    throw new IllegalStateException("connected components did not converge in " + MAX_ROUNDS + " rounds");
  }

  /** Whether every edge (child a → parent b) ends at a root and every child has exactly one parent. */
  static boolean isStarForest(Dataset<Row> childParent) {
    Column p = col("p");
    Dataset<Row> roles = childParent.select(col(Edges.A).as(NODE), col(Edges.B).as("p"))
        .union(childParent.select(col(Edges.B).as(NODE), lit(-1L).as("p")));
    long bad = roles.groupBy(col(NODE)).agg(min(p).as("lo"), max(p).as("hi"))
        .filter(col("hi").geq(0).and(col("lo").notEqual(col("hi"))))
        .agg(count(lit(1))).first().getLong(0);
    return bad == 0;
  }

  private static void delete(FileSystem fs, Path dir) {
    try {
      fs.delete(dir, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
