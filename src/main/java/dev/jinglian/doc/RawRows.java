package dev.jinglian.doc;

import static dev.jinglian.doc.Columns.*;

import dev.jinglian.io.RawRecord;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Records as read, as Spark rows: lets the reader's output be re-partitioned with Spark's compact row format
 * instead of Java serialization when a few large files would otherwise leave cores idle.
 */
public final class RawRows {
  public static final StructType SCHEMA = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
      DataTypes.createStructField(SOURCE, DataTypes.StringType, false),
      DataTypes.createStructField(FILE, DataTypes.StringType, false),
      DataTypes.createStructField(LINE, DataTypes.LongType, false),
      DataTypes.createStructField(ID, DataTypes.StringType, true),
      DataTypes.createStructField(TEXT, DataTypes.StringType, true),
      DataTypes.createStructField(META, DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true),
      DataTypes.createStructField(ERROR, DataTypes.StringType, true),
      DataTypes.createStructField(RAW, DataTypes.BinaryType, true)});

  private RawRows() {}

  public static Row toRow(RawRecord r) {
    return RowFactory.create(r.source(), r.file(), r.line(), r.id(), r.text(), WorkTable.scalaMap(r.meta()),
        r.error(), r.raw());
  }

  public static RawRecord fromRow(Row row) {
    Map<String, String> meta = row.isNullAt(5) ? Map.of() : row.getJavaMap(5);
    return new RawRecord(row.getString(0), row.getString(1), row.getLong(2), row.getString(3), row.getString(4),
        meta, row.getString(6), row.isNullAt(7) ? null : (byte[]) row.get(7));
  }
}
