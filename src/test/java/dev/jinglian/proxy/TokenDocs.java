package dev.jinglian.proxy;

import dev.jinglian.testing.SharedSpark;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Small token-id corpora as the {@code (source, id, tokens, token_ids)} documents the proxy trains on. */
final class TokenDocs {
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
    return SharedSpark.get().createDataFrame(rows, ProxyCorpus.SCHEMA).repartition(2);
  }
}
