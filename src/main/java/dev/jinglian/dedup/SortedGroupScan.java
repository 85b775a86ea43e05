package dev.jinglian.dedup;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;

/**
 * Streams (key, value) long pairs sorted by key then value (one Spark partition after
 * {@code repartition(key).sortWithinPartitions(key, value)}) and turns each key's group into edges by a
 * {@link Rule}. A group is never held in memory: its smallest value arrives first, so a rule needs only that
 * value and the current one. Repeated values within a group are skipped. This is how a bucket of any size, or a
 * node of any degree, costs constant memory.
 */
final class SortedGroupScan implements Iterator<Row> {
  /** How a group's values become edges; each rule needs only the group's key, its smallest value and the value. */
  enum Rule {
    /** LSH bucket (key = band key, values = nodes): every member links to the bucket's smallest node. */
    BUCKET_TO_MIN {
      @Override
      long center(long key, long smallest) {
        return smallest;
      }

      @Override
      void emit(long key, long value, long center, boolean smallest, ArrayDeque<Row> out) {
        if (!smallest) {
          out.add(edge(value, center));
        }
      }
    },
    /** Large-Star (values = all neighbours of node key): larger ones link to the closed neighbourhood's minimum. */
    LARGE_STAR {
      @Override
      long center(long key, long smallest) {
        return Math.min(key, smallest);
      }

      @Override
      void emit(long key, long value, long center, boolean smallest, ArrayDeque<Row> out) {
        if (value > key) {
          out.add(edge(value, center));
        }
      }

      @Override
      boolean changes(long key, long value, long center, boolean smallest) {
        return value > key && center != key; // the edge key–value becomes value–center
      }
    },
    /** Small-Star (values = smaller neighbours of node key): the node and those neighbours link to the smallest. */
    SMALL_STAR {
      @Override
      long center(long key, long smallest) {
        return smallest;
      }

      @Override
      void emit(long key, long value, long center, boolean smallest, ArrayDeque<Row> out) {
        out.add(smallest ? edge(key, center) : edge(value, center));
      }

      @Override
      boolean changes(long key, long value, long center, boolean smallest) {
        return !smallest; // a second smaller neighbour: the edge key–value becomes value–center
      }
    };

    /** The group's center given its key and smallest value. */
    abstract long center(long key, long smallest);

    /** Emits the edges for one distinct value of the group. */
    abstract void emit(long key, long value, long center, boolean smallest, ArrayDeque<Row> out);

    /** Whether this value's edges differ from the input's (the graph changes); false for bucket scans. */
    boolean changes(long key, long value, long center, boolean smallest) {
      return false;
    }
  }

  private final Iterator<Row> in;
  private final Rule rule;
  private final LongAccumulator changes;
  private final ArrayDeque<Row> out = new ArrayDeque<>();
  private boolean started;
  private long key;
  private long last;
  private long center;

  /** @param changes counts the values whose edges change the graph ({@link Rule#changes}), or null */
  SortedGroupScan(Iterator<Row> in, Rule rule, LongAccumulator changes) {
    this.in = in;
    this.rule = rule;
    this.changes = changes;
  }

  static Row edge(long a, long b) {
    return RowFactory.create(a, b);
  }

  @Override
  public boolean hasNext() {
    while (out.isEmpty() && in.hasNext()) {
      Row r = in.next();
      long k = r.getLong(0);
      long v = r.getLong(1);
      if (!started || k != key) {
        started = true;
        key = k;
        last = v;
        center = rule.center(k, v);
        emit(k, v, true);
      } else if (v != last) {
        last = v;
        emit(k, v, false);
      }
    }
    return !out.isEmpty();
  }

  private void emit(long k, long v, boolean smallest) {
    rule.emit(k, v, center, smallest, out);
    if (changes != null && rule.changes(k, v, center, smallest)) {
      changes.add(1);
    }
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return out.poll();
  }
}
