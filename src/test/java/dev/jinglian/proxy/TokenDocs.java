package dev.jinglian.proxy;

import dev.jinglian.doc.Columns;
import dev.jinglian.testing.SharedSpark;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Small token-id corpora as the {@code (source, id, tokens, token_ids)} documents the proxy trains on. */
final class TokenDocs {
  static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField(Columns.SOURCE, DataTypes.StringType, false),
      DataTypes.createStructField(Columns.ID, DataTypes.StringType, false),
      DataTypes.createStructField(Columns.TOKENS, DataTypes.LongType, false),
      DataTypes.createStructField(Columns.TOKEN_IDS, DataTypes.createArrayType(DataTypes.IntegerType, false),
          true)));

  private TokenDocs() {}

  static Dataset<Row> of(int[]... docs) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      List<Integer> ids = new ArrayList<>();
      for (int t : docs[i]) {
        ids.add(t);
      }
      rows.add(RowFactory.create("s", String.format("d%05d", i), (long) ids.size(), ids));
    }
    return SharedSpark.get().createDataFrame(rows, SCHEMA).repartition(2);
  }
}
