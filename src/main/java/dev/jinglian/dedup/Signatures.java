package dev.jinglian.dedup;

import dev.jinglian.doc.Columns;
import java.io.Serializable;
import java.util.Iterator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The per-document part of near dedup, one pass: shingles → MinHash signature → LSH band keys. Only the band keys
 * (and, when candidates are verified, the distinct shingle hashes) leave the executor; the signature itself is
 * not kept. A document without any shingle gets no band key and so can never be a near duplicate.
 */
final class Signatures implements Serializable {
  static final String NODE = "node";
  static final String BANDS = "bands";
  static final String SHINGLES = "shingles";
  static final StructType SCHEMA = new StructType()
      .add(NODE, DataTypes.LongType, false)
      .add(Columns.SOURCE, DataTypes.StringType, false)
      .add(Columns.ID, DataTypes.StringType, true)
      .add(KeepRule.CHARS, DataTypes.IntegerType, false)
      .add(BANDS, DataTypes.createArrayType(DataTypes.LongType, false), false)
      .add(SHINGLES, DataTypes.createArrayType(DataTypes.LongType, false), true);

  private final Shingler shingler;
  private final MinHasher hasher;
  private final LshBands lsh;
  private final boolean keepShingles;

  Signatures(NearDedupSpec spec) {
    this.shingler = Shingler.of(spec);
    this.hasher = new MinHasher(spec.numPerm(), spec.seed());
    this.lsh = spec.lshBands();
    this.keepShingles = spec.verify();
  }

  /** Band keys of one text (empty when it has no shingle). */
  long[] bandKeys(long[] shingles) {
    int[] signature = hasher.signature(shingles);
    return signature == null ? new long[0] : MinHasher.bandKeys(signature, lsh);
  }

  /** Input rows: source, id, chars, text, node. Output rows: {@link #SCHEMA}. */
  Iterator<Row> apply(Iterator<Row> rows) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row r = rows.next();
        long[] shingles = shingler.shingles(r.getString(3));
        return RowFactory.create(r.getLong(4), r.getString(0), r.getString(1), r.getInt(2), bandKeys(shingles),
            keepShingles ? Shingler.distinct(shingles) : null);
      }
    };
  }
}
