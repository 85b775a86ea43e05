package dev.jinglian.doc;

import static dev.jinglian.doc.Columns.*;

import dev.jinglian.io.RawRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The table the per-document pass writes (the checkpoint every later stage reads): one row per record read,
 * either a refined document (kept or with its reject reason) or a quarantined record (with {@code error}).
 * Signal columns are nullable doubles, one per signal of the recipe's enabled filters, followed by the
 * list-valued tags ({@code array<string>}, e.g. {@code keywords}; null where the family did not run). The nullable
 * {@code token_ids} ({@code array<int>}) column exists only when the recipe asks for {@code shards.token_ids}.
 */
public final class WorkTable implements java.io.Serializable {
  private final List<String> signalNames;
  private final List<String> listNames;
  private final boolean tokenIds;
  private final StructType schema;

  public WorkTable(List<String> signalNames) {
    this(signalNames, false);
  }

  /** @param tokenIds whether documents carry their BPE token ids (recipe {@code shards.token_ids}) */
  public WorkTable(List<String> signalNames, boolean tokenIds) {
    this(signalNames, List.of(), tokenIds);
  }

  /**
   * @param listNames the {@code array<string>} tag columns (the enabled families' {@code listNames()})
   * @param tokenIds whether documents carry their BPE token ids (recipe {@code shards.token_ids})
   */
  public WorkTable(List<String> signalNames, List<String> listNames, boolean tokenIds) {
    this.signalNames = List.copyOf(signalNames);
    this.listNames = List.copyOf(listNames);
    this.tokenIds = tokenIds;
    List<StructField> fields = new ArrayList<>(documentFields());
    if (tokenIds) {
      fields.add(tokenIdsField());
    }
    for (String s : signalNames) {
      fields.add(DataTypes.createStructField(s, DataTypes.DoubleType, true));
    }
    for (String l : listNames) {
      fields.add(listField(l));
    }
    fields.add(DataTypes.createStructField(EDITS,
        DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType, false), true));
    fields.add(DataTypes.createStructField(SKIPPED, DataTypes.createArrayType(DataTypes.StringType, false), true));
    fields.add(DataTypes.createStructField(STAGE, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(REASON, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(DETAIL, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(FILE, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(LINE, DataTypes.LongType, false));
    fields.add(DataTypes.createStructField(ERROR, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(RAW, DataTypes.BinaryType, true));
    this.schema = DataTypes.createStructType(fields);
  }

  /** The columns every kept document has in a shard, before its signals. */
  public static List<StructField> documentFields() {
    return List.of(
        DataTypes.createStructField(ID, DataTypes.StringType, true),
        DataTypes.createStructField(SOURCE, DataTypes.StringType, false),
        DataTypes.createStructField(TEXT, DataTypes.StringType, true),
        DataTypes.createStructField(LANG, DataTypes.StringType, true),
        DataTypes.createStructField(LANG_SCORE, DataTypes.DoubleType, true),
        DataTypes.createStructField(TOKENS, DataTypes.LongType, true),
        DataTypes.createStructField(WORDS, DataTypes.LongType, true),
        DataTypes.createStructField(META,
            DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true), true));
  }

  /** The {@code token_ids} column: BPE ids of the normalized text, null for quarantined records. */
  public static StructField tokenIdsField() {
    return DataTypes.createStructField(TOKEN_IDS, DataTypes.createArrayType(DataTypes.IntegerType, false), true);
  }

  /** A list-valued tag column: {@code array<string>}, null where not measured. */
  public static StructField listField(String name) {
    return DataTypes.createStructField(name, DataTypes.createArrayType(DataTypes.StringType, false), true);
  }

  public boolean hasTokenIds() {
    return tokenIds;
  }

  public StructType schema() {
    return schema;
  }

  public List<String> signalNames() {
    return signalNames;
  }

  public List<String> listNames() {
    return listNames;
  }

  public Row document(RefinedDocument d, RawRecord from) {
    List<Object> v = new ArrayList<>(schema.size());
    v.add(d.id());
    v.add(d.source());
    v.add(d.text());
    v.add(d.lang());
    v.add(d.langScore());
    v.add((long) d.tokens());
    v.add((long) d.words());
    v.add(scalaMap(d.meta()));
    if (tokenIds) {
      v.add(d.tokenIds());
    }
    Map<String, Double> signals = d.signals();
    for (String s : signalNames) {
      v.add(signals.get(s));
    }
    for (String l : listNames) {
      List<String> values = d.lists().get(l);
      v.add(values == null ? null : scalaSeq(values));
    }
    v.add(scalaMap(d.edits()));
    v.add(d.skipped().isEmpty() ? null : scalaSeq(d.skipped()));
    v.add(d.rejectStage());
    v.add(d.rejectReason());
    v.add(d.rejectDetail());
    v.add(from.file());
    v.add(from.line());
    v.add(null);
    v.add(null);
    return RowFactory.create(v.toArray());
  }

  /** Spark's row encoder wants Scala sequences for array columns. */
  static <T> scala.collection.immutable.Seq<T> scalaSeq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
  }

  /** Spark's row encoder wants Scala maps for map columns. */
  public static <K, V> scala.collection.Map<K, V> scalaMap(Map<K, V> m) {
    return scala.jdk.javaapi.CollectionConverters.asScala(m);
  }

  public Row quarantined(RawRecord r) {
    Object[] v = new Object[schema.size()];
    v[schema.fieldIndex(SOURCE)] = r.source();
    v[schema.fieldIndex(FILE)] = r.file();
    v[schema.fieldIndex(LINE)] = r.line();
    v[schema.fieldIndex(ERROR)] = r.error();
    v[schema.fieldIndex(RAW)] = r.raw();
    return RowFactory.create(v);
  }
}
