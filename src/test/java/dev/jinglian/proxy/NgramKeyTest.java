package dev.jinglian.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.testing.SharedSpark;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The packed keys: Java packing and the Spark column arithmetic agree on contexts, suffixes and ids. */
class NgramKeyTest {
  @Test
  void columnArithmeticMatchesJavaPackingForEveryOrder() {
    Random random = new Random(7);
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("n", DataTypes.IntegerType, false),
        DataTypes.createStructField(NgramKey.HI, DataTypes.LongType, false),
        DataTypes.createStructField(NgramKey.LO, DataTypes.LongType, false)));
    List<Row> rows = new ArrayList<>();
    List<int[]> grams = new ArrayList<>();
    for (int n = 1; n <= NgramKey.MAX_ORDER; n++) {
      for (int k = 0; k < 20; k++) {
        int[] g = new int[n];
        for (int i = 0; i < n; i++) {
          g[i] = k == 0 ? NgramKey.MAX_ID : random.nextInt(NgramKey.MAX_ID + 1); // includes the largest id
        }
        grams.add(g);
        rows.add(RowFactory.create(n, NgramKey.hi(g, 0, n), NgramKey.lo(g, 0, n)));
      }
    }
    var df = SharedSpark.get().createDataFrame(rows, schema);
    for (int order = 1; order <= NgramKey.MAX_ORDER; order++) {
      int n = order;
      List<Row> out = df.filter(df.col("n").equalTo(n)).select(NgramKey.contextHi(n), NgramKey.contextLo(n),
          NgramKey.suffixHi(), NgramKey.suffixLo(), NgramKey.idsArray(NgramKey.HI, NgramKey.LO, n)).collectAsList();
      List<int[]> ofOrder = grams.stream().filter(g -> g.length == n).toList();
      for (int i = 0; i < out.size(); i++) {
        int[] g = ofOrder.get(i);
        Row r = out.get(i);
        assertThat(r.getLong(0)).isEqualTo(NgramKey.hi(g, 0, n - 1));
        assertThat(r.getLong(1)).isEqualTo(NgramKey.lo(g, 0, n - 1));
        assertThat(r.getLong(2)).isEqualTo(NgramKey.hi(g, 1, n - 1));
        assertThat(r.getLong(3)).isEqualTo(NgramKey.lo(g, 1, n - 1));
        assertThat(r.<Integer>getList(4)).containsExactly(java.util.Arrays.stream(g).boxed().toArray(Integer[]::new));
        for (int p = 0; p < n; p++) {
          assertThat(NgramKey.id(NgramKey.hi(g, 0, n), NgramKey.lo(g, 0, n), p)).isEqualTo(g[p]);
        }
      }
    }
  }
}
