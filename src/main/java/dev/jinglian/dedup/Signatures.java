package dev.jinglian.dedup;

import com.google.common.collect.Iterators;
import dev.jinglian.doc.Columns;
import java.io.Serializable;
import java.util.Iterator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The per-document part of near dedup, one pass: shingles → MinHash signature → LSH band keys. Only the band keys
 * leave the executor (bands × 8 bytes a document); neither the shingles nor the signature are kept. A document without any shingle gets no band key and so can never be a near duplicate.
 */
final class Signatures implements Serializable {
  static final String NODE = "node";
  static final String BANDS = "bands";
  static final StructType SCHEMA = new StructType()
      .add(NODE, DataTypes.LongType, false)
      .add(Columns.SOURCE, DataTypes.StringType, false)
      .add(Columns.ID, DataTypes.StringType, true)
      .add(KeepRule.CHARS, DataTypes.IntegerType, false)
      .add(BANDS, DataTypes.createArrayType(DataTypes.LongType, false), false);

  private final Shingler shingler;
  private final MinHasher hasher;
  private final LshBands lsh;

  Signatures(NearDedupSpec spec) {
    this.shingler = Shingler.of(spec);
    this.hasher = new MinHasher(spec.numPerm(), spec.seed());
    this.lsh = spec.lshBands();
  }

  /** Band keys of one text (empty when it has no shingle). */
  long[] bandKeys(long[] shingles) {
    int[] signature = hasher.signature(shingles);
    return signature == null ? new long[0] : MinHasher.bandKeys(signature, lsh);
  }

  /** Input rows: source, id, chars, text, node. Output rows: {@link #SCHEMA}. */
  Iterator<Row> apply(Iterator<Row> rows) {
    return Iterators.transform(rows, r -> {
      return RowFactory.create(r.getLong(4), r.getString(0), r.getString(1), r.getInt(2),
          bandKeys(shingler.shingles(r.getString(3))));
    });
  }
}
