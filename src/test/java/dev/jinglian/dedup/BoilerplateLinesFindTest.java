package dev.jinglian.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.normalize.Edits;
import dev.jinglian.testing.SharedSpark;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

/** The corpus scan: distinct documents per line, and the cap on the boilerplate set. */
class BoilerplateLinesFindTest {
  private static final String A = "Cookies help us deliver our services";
  private static final String B = "本站所有文章均为原创，转载请注明出处";
  private static final String C = "Click here to print this page";

  private static BoilerplateLines find(List<String> texts, int max) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(SharedSpark.get().sparkContext());
    LineDedupSpec spec = new LineDedupSpec(true, LineUnit.LINE, 3, null, null, max);
    return BoilerplateLines.find(SharedSpark.get(), spec, jsc.parallelize(texts, 3));
  }

  private static List<String> corpus() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      texts.add("document " + "abcde".charAt(i) + " has its own opening line\n" + A + (i < 4 ? "\n" + B : "")
          + (i < 3 ? "\n" + C : ""));
    }
    // repeated five times inside one document and once in another: two documents, not boilerplate
    texts.add(("Repeated only inside this one document\n").repeat(5));
    texts.add("Repeated only inside this one document");
    return texts;
  }

  @Test
  void countsDistinctDocumentsNotOccurrences() {
    BoilerplateLines found = find(corpus(), 100);
    assertThat(found.size()).isEqualTo(3);
    String kept = found.removal().apply(("Repeated only inside this one document\n").repeat(5), new Edits());
    assertThat(kept).startsWith("Repeated only inside this one document");
  }

  @Test
  void overTheCapTheMostFrequentAreKept() {
    BoilerplateLines found = find(corpus(), 2);
    assertThat(found.size()).isEqualTo(2);
    // A (5 documents) and B (4) are removed, C (3) is not
    assertThat(found.removal().apply(A + "\n" + B + "\n" + C, new Edits())).isEqualTo(C);
  }
}
