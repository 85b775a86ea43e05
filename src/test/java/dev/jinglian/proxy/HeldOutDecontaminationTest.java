package dev.jinglian.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.tag.TokenCounter;
import dev.jinglian.testing.SharedSpark;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Training documents sharing n consecutive tokens with held-out text are dropped; n - 1 are not. */
class HeldOutDecontaminationTest {
  private static final TokenCounter CL100K = TokenCounter.named("cl100k_base");
  private static final String ZH_HELD = "床前明月光，疑是地上霜。举头望明月，低头思故乡。这是一首流传很广的唐诗。";
  private static final String EN_HELD = "The quick brown fox jumps over the lazy dog while the farmer sleeps soundly "
      + "under the old oak tree near the river.";

  private static HeldOutSet set(String... texts) {
    return new HeldOutSet("held", "memory", List.of(texts), 0);
  }

  /** A training document holding exactly {@code k} consecutive tokens of {@code held}, between unrelated ids. */
  private static int[] sharing(String held, int k) {
    int[] h = CL100K.encode(held);
    int[] doc = new int[k + 6];
    Arrays.fill(doc, 99_000);
    System.arraycopy(h, 2, doc, 3, k);
    return doc;
  }

  @Test
  void thirteenSharedTokensRemoveTwelveDoNotInChineseAndEnglish() {
    HeldOutDecontamination d = new HeldOutDecontamination(13);
    for (String held : List.of(ZH_HELD, EN_HELD)) {
      long[] fingerprints = d.fingerprints(List.of(set(held)), CL100K);
      assertThat(HeldOutDecontamination.overlaps(sharing(held, 13), fingerprints, 13)).as(held).isTrue();
      assertThat(HeldOutDecontamination.overlaps(sharing(held, 12), fingerprints, 13)).as(held).isFalse();
    }
  }

  @Test
  void shortHeldOutDocumentsMatchOnlyIdenticalDocuments() {
    HeldOutDecontamination d = new HeldOutDecontamination(13);
    long[] fingerprints = d.fingerprints(List.of(set("举头望明月")), CL100K);
    assertThat(HeldOutDecontamination.overlaps(CL100K.encode("举头望明月"), fingerprints, 13)).isTrue();
    assertThat(HeldOutDecontamination.overlaps(CL100K.encode("举头望明月。"), fingerprints, 13)).isFalse();
  }

  @Test
  void countsWhatItRemovesOnSpark() {
    int[] leak = sharing(EN_HELD, 20);
    int[] clean = CL100K.encode("An unrelated training document about Spark shuffles and Parquet files.");
    var docs = TokenDocs.of(leak, clean, sharing(ZH_HELD, 13), sharing(ZH_HELD, 12));
    HeldOutDecontamination.Result r = new HeldOutDecontamination(13)
        .apply(SharedSpark.get(), docs, List.of(set(EN_HELD, ZH_HELD)), "cl100k_base");
    assertThat(r.removedDocs()).isEqualTo(2);
    assertThat(r.removedTokens()).isEqualTo(leak.length + 13 + 6);
    assertThat(r.kept().select("id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList())
        .containsExactlyInAnyOrder("d00001", "d00003");
  }
}
