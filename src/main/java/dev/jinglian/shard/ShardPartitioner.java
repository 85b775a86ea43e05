package dev.jinglian.shard;

import org.apache.spark.Partitioner;

/** Sends shard {@code i} to partition {@code i}, so each partition is written as exactly one shard file. */
final class ShardPartitioner extends Partitioner {
  private final int shards;

  ShardPartitioner(int shards) {
    this.shards = shards;
  }

  @Override
  public int numPartitions() {
    return shards;
  }

  @Override
  public int getPartition(Object key) {
    return ((ShardKey) key).shard();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShardPartitioner p && p.shards == shards;
  }

  @Override
  public int hashCode() {
    return shards;
  }
}
