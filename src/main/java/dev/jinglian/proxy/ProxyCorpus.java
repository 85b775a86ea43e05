package dev.jinglian.proxy;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jinglian.doc.Columns;
import dev.jinglian.job.RunLayout;
import dev.jinglian.recipe.Encodings;
import dev.jinglian.tag.TokenCounter;
import dev.jinglian.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The documents a proxy model trains on: a run's shards as {@code (source, id, tokens, token_ids)}, and the
 * tokenizer the ids are in (from the run's manifest). Shards written with {@code shards: {token_ids: true}} are
 * read as they are; older shards without the column are encoded on the executors, in the manifest's encoding.
 *
 * @param reencoded whether the ids were computed here because the shards have no {@code token_ids} column
 */
public record ProxyCorpus(Dataset<Row> docs, String encoding, int vocabSize, boolean reencoded) {
  static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField(Columns.SOURCE, DataTypes.StringType, false),
      DataTypes.createStructField(Columns.ID, DataTypes.StringType, true),
      DataTypes.createStructField(Columns.TOKENS, DataTypes.LongType, false),
      DataTypes.createStructField(Columns.TOKEN_IDS, DataTypes.createArrayType(DataTypes.IntegerType, false),
          true)));

  /**
   * @param runOrShards a finished run directory (with {@code manifest.json}) or its {@code shards/} directory
   * @param encodingOverride the encoding of shards that have no manifest next to them, else null
   */
  public static ProxyCorpus open(SparkSession spark, String runOrShards, String encodingOverride)
      throws IOException {
    Path given = new Path(runOrShards);
    FileSystem fs = given.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!fs.exists(given)) {
      throw new IllegalArgumentException("no run or shards at '" + runOrShards + "'");
    }
    Path shards = given;
    Path manifest = new Path(given, RunLayout.MANIFEST);
    if (fs.exists(manifest)) {
      shards = new Path(given, RunLayout.SHARDS);
    } else {
      manifest = given.getParent() == null ? null : new Path(given.getParent(), RunLayout.MANIFEST);
    }
    String encoding = encodingOverride;
    if (encoding == null) {
      if (manifest == null || !fs.exists(manifest)) {
        throw new IllegalArgumentException("'" + runOrShards + "' has no manifest.json to name its tokenizer: "
            + "give a finished run directory, or pass the encoding (--encoding)");
      }
      try (InputStream in = fs.open(manifest)) {
        JsonNode tokenizer = Json.MAPPER.readTree(in).path("tokenizer");
        if (!tokenizer.path("encoding").isTextual()) {
          throw new IllegalArgumentException(manifest + ": field tokenizer.encoding is missing");
        }
        encoding = tokenizer.get("encoding").asText();
      }
    }
    int vocab = Encodings.vocabSize(encoding);
    Dataset<Row> all = spark.read().parquet(shards.toString());
    List<String> columns = List.of(all.columns());
    if (columns.contains(Columns.TOKEN_IDS)) {
      Dataset<Row> docs = all.select(col(Columns.SOURCE), col(Columns.ID),
          size(col(Columns.TOKEN_IDS)).cast("long").as(Columns.TOKENS), col(Columns.TOKEN_IDS));
      return new ProxyCorpus(docs, encoding, vocab, false);
    }
    if (!columns.contains(Columns.TEXT)) {
      throw new IllegalArgumentException(shards + ": shards have neither token_ids nor text columns");
    }
    String enc = encoding;
    Dataset<Row> docs = all.select(col(Columns.SOURCE), col(Columns.ID), col(Columns.TEXT))
        .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> encode(rows, enc), Encoders.row(SCHEMA));
    return new ProxyCorpus(docs, encoding, vocab, true);
  }

  private static Iterator<Row> encode(Iterator<Row> rows, String encoding) {
    TokenCounter tokenizer = TokenCounter.named(encoding);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row r = rows.next();
        int[] ids = r.isNullAt(2) ? new int[0] : tokenizer.encode(r.getString(2));
        return RowFactory.create(r.getString(0), r.getString(1), (long) ids.length, ids);
      }
    };
  }
}
