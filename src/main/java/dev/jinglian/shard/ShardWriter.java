package dev.jinglian.shard;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.xxhash64;

import dev.jinglian.doc.Columns;
import dev.jinglian.stats.Counts;
import dev.jinglian.util.SerializableConf;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Writes kept documents as token-sized Parquet shards. Each document gets the key {@code xxhash64(seed, source,
 * id)} and goes to shard {@code pmod(murmur3(key), n)} with {@code n = ceil(total tokens / target)}, so shard sizes
 * are close to the target and documents of all sources are spread evenly; within a shard, rows are in key order.
 * The result is a function of the documents and the seed only, not of partitioning or task timing.
 */
public final class ShardWriter {
  private static final String ORDER = "_order";
  private static final String SHARD = "_shard";

  private final SparkSession spark;

  public ShardWriter(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * @param docs kept documents with the shard columns, including the mix {@code epoch} (and possibly more, which
   *     are dropped); a document repeated by up-sampling is spread over shards by its epoch
   * @param shardSchema the columns to write, in order
   * @param dir the shard directory; {@code relativeTo} is the run directory manifest paths are relative to
   */
  public List<ShardInfo> write(Dataset<Row> docs, StructType shardSchema, long seed, long targetTokens,
      String compression, Path dir, Path relativeTo, FileSystem fs) throws IOException {
    Row total = docs.agg(sum(col(Columns.TOKENS))).first();
    long tokens = total.isNullAt(0) ? 0 : total.getLong(0);
    int n = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (tokens + targetTokens - 1) / targetTokens));

    // Spark's hash partitioner sends a row to pmod(murmur3(key), n): the same expression as SQL hash(), so the
    // per-shard counts below and the files written agree, and partition i is shard i.
    Dataset<Row> keyed = docs.withColumn(ORDER,
        xxhash64(lit(seed), col(Columns.SOURCE), col(Columns.ID), col(dev.jinglian.mix.Mixer.EPOCH)));
    Column shardOf = pmod(hash(col(ORDER)), lit(n));

    Map<Integer, Map<String, Counts>> perShard = new TreeMap<>();
    for (Row r : keyed.groupBy(shardOf.as(SHARD), col(Columns.SOURCE))
        .agg(count(lit(1)), sum(col(Columns.TOKENS))).collectAsList()) {
      perShard.computeIfAbsent(r.getInt(0), k -> new TreeMap<>())
          .put(r.getString(1), new Counts(r.getLong(2), r.getLong(3)));
    }

    Column[] outCols = java.util.Arrays.stream(shardSchema.fieldNames()).map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> ordered = keyed.repartition(n, col(ORDER))
        .sortWithinPartitions(col(ORDER), col(Columns.SOURCE), col(Columns.ID), col(dev.jinglian.mix.Mixer.EPOCH))
        .select(outCols);
    List<Path> files = ParquetDirectory.write(ordered, dir, compression, fs);

    Map<String, String> checksums = checksums(files, fs);
    List<ShardInfo> shards = new ArrayList<>();
    String base = relativeTo.toUri().getPath();
    for (Path f : files) {
      int index = Integer.parseInt(f.getName().substring(5, 10));
      Map<String, Counts> sources = perShard.getOrDefault(index, Map.of());
      Counts c = sources.values().stream().reduce(Counts.ZERO, Counts::plus);
      String rel = f.toUri().getPath().substring(base.length() + 1);
      shards.add(new ShardInfo(rel, c.docs(), c.tokens(), fs.getFileStatus(f).getLen(),
          checksums.get(f.toString()), sources));
    }
    return shards;
  }

  /** SHA-256 of each file, computed on the executors (shards can be large). */
  private Map<String, String> checksums(List<Path> files, FileSystem fs) {
    if (files.isEmpty()) {
      return Map.of();
    }
    SerializableConf conf = new SerializableConf(fs.getConf());
    List<String> paths = files.stream().map(Path::toString).toList();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Map<String, String> out = new HashMap<>();
    for (Tuple2<String, String> t : jsc.parallelize(paths, Math.min(paths.size(), jsc.defaultParallelism() * 4))
        .mapToPair(p -> new Tuple2<>(p, sha256(p, conf))).collect()) {
      out.put(t._1(), t._2());
    }
    return out;
  }

  static String sha256(String file, SerializableConf conf) throws IOException {
    Path p = new Path(file);
    try (InputStream in = p.getFileSystem(conf.get()).open(p)) {
      return DigestUtils.sha256Hex(in);
    }
  }
}
