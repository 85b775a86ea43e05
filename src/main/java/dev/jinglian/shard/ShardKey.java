package dev.jinglian.shard;

import java.io.Serializable;

/** Sort key of a document in the shard output: shard, then seeded hash order, then id (a total order). */
record ShardKey(int shard, long order, String source, String id) implements Comparable<ShardKey>, Serializable {
  @Override
  public int compareTo(ShardKey o) {
    int c = Integer.compare(shard, o.shard);
    if (c != 0) {
      return c;
    }
    c = Long.compare(order, o.order);
    if (c != 0) {
      return c;
    }
    c = source.compareTo(o.source);
    return c != 0 ? c : id.compareTo(o.id);
  }
}
