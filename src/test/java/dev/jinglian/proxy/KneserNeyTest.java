package dev.jinglian.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jinglian.tag.TokenCounter;
import dev.jinglian.testing.SharedSpark;
import dev.jinglian.util.Json;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interpolated modified Kneser-Ney: hand-checked probabilities, and normalization with and without pruning. */
class KneserNeyTest {
  // a tiny vocabulary: a b c d; the model adds end = 4 and begin = 5
  private static final int A = 0;
  private static final int B = 1;
  private static final int C = 2;
  private static final int D = 3;
  private static final int END = 4;
  private static final int BEGIN = 5;

  @TempDir
  Path dir;

  private KneserNeyModel train(org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> docs, TrainOptions options,
      int vocab, String name) throws Exception {
    SparkSession spark = SharedSpark.get();
    org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(dir.resolve(name).toString());
    FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
    new KneserNeyTrainer(options).train(docs, "test", vocab, out, fs);
    return KneserNeyModel.load(spark, out.toString());
  }

  /**
   * Corpus "a b", "a b", "b c", bigram model. By hand:
   * <pre>
   * bigram counts (raw): &lt;s&gt;a 2, ab 2, b&lt;/s&gt; 2, &lt;s&gt;b 1, bc 1, c&lt;/s&gt; 1: n1 = 3, n2 = 3, n3 = 0
   *   → fallback discount D = n1/(n1+2 n2) = 1/3 for every count
   * unigram continuation counts: a 1 {&lt;s&gt;}, b 2 {a, &lt;s&gt;}, c 1 {b}, &lt;/s&gt; 2 {b, c}: n1 = 2, n2 = 2
   *   → D = 2/6 = 1/3; A = 6; γ() = 4 · (1/3) / 6 = 2/9; uniform over 5 predictable tokens (a b c d &lt;/s&gt;)
   *   p1(a) = (1 - 1/3)/6 + (2/9)/5 = 7/45, p1(b) = (2 - 1/3)/6 + 2/45 = 29/90, p1(c) = 7/45,
   *   p1(&lt;/s&gt;) = 29/90, p1(d) = 2/45                                       (sum: 90/90)
   * contexts: &lt;s&gt; {a 2, b 1} A = 3, γ = 2/9;  a {b 2} A = 2, γ = 1/6;  c {&lt;/s&gt; 1} A = 1, γ = 1/3
   * held-out "a c":
   *   p(a | &lt;s&gt;) = (2 - 1/3)/3 + (2/9)(7/45) = 239/405
   *   p(c | a)   = 0 + (1/6)(7/45)            = 7/270
   *   p(&lt;/s&gt; | c) = (1 - 1/3)/1 + (1/3)(29/90) = 209/270
   * perplexity = (239/405 · 7/270 · 209/270)^(-1/3)
   * </pre>
   */
  @Test
  void perplexityOfATinyCorpusMatchesTheHandComputedValue() throws Exception {
    KneserNeyModel model = train(TokenDocs.of(new int[] {A, B}, new int[] {A, B}, new int[] {B, C}),
        TrainOptions.ofOrder(2), 4, "tiny");

    assertThat(model.beginId()).isEqualTo(BEGIN);
    assertThat(model.endId()).isEqualTo(END);
    assertThat(model.probability(new int[] {BEGIN}, A)).isCloseTo(239.0 / 405, within(1e-12));
    assertThat(model.probability(new int[] {BEGIN, A}, C)).isCloseTo(7.0 / 270, within(1e-12));
    assertThat(model.probability(new int[] {BEGIN, A, C}, END)).isCloseTo(209.0 / 270, within(1e-12));
    // d was never seen: it still gets probability through the uniform floor, γ(<s>) · p1(d) = (2/9)(2/45)
    assertThat(model.probability(new int[] {BEGIN}, D)).isCloseTo(4.0 / 405, within(1e-12)).isPositive();

    double product = 239.0 / 405 * 7.0 / 270 * 209.0 / 270;
    double bits = model.bits(new int[] {A, C});
    assertThat(bits).isCloseTo(-Math.log(product) / Math.log(2), within(1e-9));
    assertThat(Math.pow(2, bits / 3)).isCloseTo(Math.pow(product, -1.0 / 3), within(1e-9));
    assertThat(Math.pow(2, bits / 3)).isCloseTo(4.3871, within(1e-4));

    ProxyModelInfo info = model.info();
    assertThat(info.docs()).isEqualTo(3);
    assertThat(info.tokens()).isEqualTo(6);
    assertThat(info.orders().get(1).countOfCounts()).containsExactly(3L, 3L, 0L, 0L);
    assertThat(info.orders().get(1).discounts()).isEqualTo(new Discounts(1.0 / 3, 1.0 / 3, 1.0 / 3, false));
    assertThat(info.orders().get(0).countOfCounts()).containsExactly(2L, 2L, 0L, 0L);
    assertEveryContextSumsToOne(model, 4);

    // the same data trained again gives the same model bytes
    train(TokenDocs.of(new int[] {A, B}, new int[] {A, B}, new int[] {B, C}), TrainOptions.ofOrder(2), 4, "again");
    assertThat(filesOf(dir.resolve("again"))).isEqualTo(filesOf(dir.resolve("tiny")));
  }

  /** Relative path → SHA-256 of every file under {@code root}. */
  private static java.util.Map<String, String> filesOf(Path root) throws Exception {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    try (var files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(f).toString(),
            org.apache.commons.codec.digest.DigestUtils.sha256Hex(Files.readAllBytes(f)));
      }
    }
    assertThat(out).containsKeys("model.json");
    return out;
  }

  @Test
  void modifiedDiscountsComeFromTheCountOfCountsAndFallBackWhenTheyCannot() {
    // Y = 10/18 = 5/9; D1 = 1 - 2Y(4/10) = 5/9; D2 = 2 - 3Y(2/4) = 7/6; D3+ = 3 - 4Y(1/2) = 17/9
    Discounts d = Discounts.estimate(10, 4, 2, 1);
    assertThat(d.modified()).isTrue();
    assertThat(d.d1()).isCloseTo(5.0 / 9, within(1e-15));
    assertThat(d.d2()).isCloseTo(7.0 / 6, within(1e-15));
    assertThat(d.d3()).isCloseTo(17.0 / 9, within(1e-15));
    assertThat(d.of(1)).isEqualTo(d.d1());
    assertThat(d.of(2)).isEqualTo(d.d2());
    assertThat(d.of(3)).isEqualTo(d.d3());
    assertThat(d.of(40)).isEqualTo(d.d3());
    // no n-gram seen three times: one absolute discount Y
    assertThat(Discounts.estimate(10, 4, 0, 1)).isEqualTo(new Discounts(5.0 / 9, 5.0 / 9, 5.0 / 9, false));
    // D2 = 2 - 3 (5/7)(1/1) < 0 would give counts of two negative mass: fallback
    assertThat(Discounts.estimate(5, 1, 1, 1)).isEqualTo(new Discounts(5.0 / 7, 5.0 / 7, 5.0 / 7, false));
    // no singletons at all: Y is undefined
    assertThat(Discounts.estimate(0, 3, 2, 1)).isEqualTo(new Discounts(0.5, 0.5, 0.5, false));
  }

  @Test
  void everyContextSumsToOneOnRealChineseAndEnglishTextBeforeAndAfterPruning() throws Exception {
    TokenCounter cl100k = TokenCounter.named("cl100k_base");
    List<int[]> docs = new ArrayList<>();
    for (String file : List.of("train/zh-reference.jsonl", "train/en-relnotes.jsonl")) {
      try (BufferedReader in = Files.newBufferedReader(Path.of("src/test/resources/proxy", file),
          StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null && docs.size() % 100 < 60) {
          JsonNode doc = Json.MAPPER.readTree(line);
          docs.add(cl100k.encode(doc.get("text").asText()));
        }
      }
    }
    int vocab = 100_277;
    KneserNeyModel full = train(TokenDocs.of(docs.toArray(int[][]::new)), TrainOptions.ofOrder(3), vocab, "full");
    ProxyModelInfo fullInfo = full.info();
    assertThat(fullInfo.minCount()).isEqualTo(1);
    assertThat(fullInfo.orders()).allSatisfy(o -> assertThat(o.discounts().modified()).isTrue());
    assertEveryContextSumsToOne(full, vocab);

    long budget = Pruning.bytes(vocab + 1, fullInfo.entries() / 3);
    KneserNeyModel pruned = train(TokenDocs.of(docs.toArray(int[][]::new)), new TrainOptions(3, budget, 1), vocab,
        "pruned");
    ProxyModelInfo prunedInfo = pruned.info();
    assertThat(prunedInfo.minCount()).isGreaterThan(1);
    assertThat(prunedInfo.modelBytes()).isLessThanOrEqualTo(budget);
    assertThat(prunedInfo.entries()).isLessThan(fullInfo.entries() / 3 + 1);
    // a larger budget keeps more: the threshold is the smallest that fits
    long justBelow = prunedInfo.minCount() - 1;
    assertThat(justBelow).isGreaterThanOrEqualTo(1);
    assertEveryContextSumsToOne(pruned, vocab);
    // pruning costs a little likelihood on the training text, never normalization
    int[] sample = docs.get(0);
    assertThat(pruned.bits(sample)).isGreaterThan(full.bits(sample));
  }

  @Test
  void theMemoryBudgetMustHoldTheUnigrams() {
    assertThatThrownBy(() -> train(TokenDocs.of(new int[] {A, B}), new TrainOptions(2, 10, 1), 4, "tiny-budget"))
        .hasMessageContaining("memory budget of 10 bytes cannot hold even the 5 unigram probabilities");
    assertThatThrownBy(() -> TrainOptions.ofOrder(7)).hasMessageContaining("between 1 and 6, got 7");
    assertThatThrownBy(() -> train(TokenDocs.of(new int[] {A, 9}), TrainOptions.ofOrder(2), 4, "bad-id"))
        .hasMessageContaining("token id 9 at position 1 is outside the vocabulary [0, 4)");
  }

  /** Σ_w p(w | h) = 1 for every stored context, the empty context and an unseen one, over the whole vocabulary. */
  private static void assertEveryContextSumsToOne(KneserNeyModel model, int vocab) {
    List<int[]> contexts = new ArrayList<>();
    contexts.add(new int[] {});
    contexts.add(new int[] {model.beginId()});
    contexts.add(new int[] {vocab - 1, vocab - 2}); // never seen
    for (int m = 2; m <= model.order(); m++) {
      int[][] stored = model.storedContexts(m);
      assertThat(stored).isNotEmpty();
      int step = Math.max(1, stored.length / 25);
      for (int i = 0; i < stored.length; i += step) {
        contexts.add(stored[i]);
      }
    }
    for (int[] h : contexts) {
      double sum = 0;
      for (int w = 0; w <= vocab; w++) {
        sum += model.probability(h, w);
      }
      assertThat(sum).as("sum over context %s", java.util.Arrays.toString(h)).isCloseTo(1.0, within(1e-9));
    }
  }
}
