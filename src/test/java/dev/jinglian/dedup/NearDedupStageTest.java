package dev.jinglian.dedup;

import static dev.jinglian.dedup.DedupFixture.doc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jinglian.dedup.DedupFixture.Doc;
import dev.jinglian.dedup.DedupFixture.Outcome;
import dev.jinglian.job.GlobalStages;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.util.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearDedupStageTest {
  private static final String NEAR_ONLY = "dedup: {exact: {enabled: false}}\n";

  @TempDir
  Path tmp;

  /** ~200 words of English prose built from a fixed vocabulary, deterministic per seed. */
  static String english(long seed, int words) {
    String[] vocab = ("package library provides tools for reading writing and converting files between formats "
        + "the command line interface supports options to select input output encoding and verbosity levels "
        + "documentation includes examples tutorials reference pages and notes about compatibility with older "
        + "versions network protocol parser server client configuration memory cache thread scheduler kernel "
        + "module driver device storage volume filesystem archive compression checksum signature")
        .split(" ");
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(vocab[r.nextInt(vocab.length)]).append(i % 12 == 11 ? ".\n" : " ");
    }
    return sb.toString();
  }

  /** Replaces every {@code every}-th word, starting at {@code from}, by a word that does not occur elsewhere. */
  static String editWords(String text, int from, int every, String marker) {
    String[] w = text.split(" ");
    for (int i = from; i < w.length; i += every) {
      w[i] = marker + i;
    }
    return String.join(" ", w);
  }

  @Test
  void chainOfThreeIsOneCluster() {
    // A~B and B~C are above the threshold; A and C share less (edits at both ends) yet end in one cluster.
    String a = english(1, 400);
    String b = editWords(a, 0, 200, "bedit");
    String c = editWords(b, 100, 200, "cedit");
    Recipe recipe = DedupFixture.recipe(NEAR_ONLY, "web");
    Outcome out = DedupFixture.run(recipe, GlobalStages.from(recipe),
        List.of(doc("web", "c", c), doc("web", "a", a), doc("web", "b", b), doc("web", "z", english(99, 400))),
        tmp);
    assertThat(out.kept()).containsExactly("web/a", "web/z");
    assertThat(out.removed()).containsOnly(
        org.assertj.core.api.Assertions.entry("web/b", "dedup dedup/near web/a"),
        org.assertj.core.api.Assertions.entry("web/c", "dedup dedup/near web/a"));
  }

  @Test
  void traditionalAndSimplifiedCopiesAreNearDuplicates() {
    String simplified = "计算机程序设计艺术是一部关于算法分析的多卷本著作，"
        + "作者在书中系统地讲解了数据结构与排序查找的方法。"
        + "这部书对软件开发者影响很大，许多大学把它作为参考书，读者可以通过练习题检验自己的理解。";
    String traditional = "計算機程序設計藝術是一部關於算法分析的多卷本著作，"
        + "作者在書中系統地講解了數據結構與排序查找的方法。"
        + "這部書對軟件開發者影響很大，許多大學把它作為參考書，讀者可以通過練習題檢驗自己的理解。";
    String unrelated = "今天天气很好，我们一起去公园散步，看见湖边有很多人在钓鱼，"
        + "孩子们在草地上放风筝，远处的山上开满了花。傍晚的时候大家回到家里，一起做饭聊天，度过了愉快的一天。";
    Recipe recipe = DedupFixture.recipe(NEAR_ONLY, "zh");
    Outcome out = DedupFixture.run(recipe, GlobalStages.from(recipe),
        List.of(doc("zh", "1", simplified), doc("zh", "2", traditional), doc("zh", "3", unrelated)), tmp);
    assertThat(out.removed()).containsOnlyKeys("zh/2");
    assertThat(out.removed().get("zh/2")).isEqualTo("dedup dedup/near zh/1");
  }

  @Test
  void sameInputInAnyOrderRemovesTheSameDocuments() {
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String base = english(i, 150);
      docs.add(doc("a", "orig-" + i, base));
      if (i % 3 == 0) {
        docs.add(doc("b", "copy-" + i, editWords(base, 149, 1000, "x"))); // last word differs
      }
    }
    Recipe recipe = DedupFixture.recipe(NEAR_ONLY, "a", "b");
    Outcome first = DedupFixture.run(recipe, GlobalStages.from(recipe), docs, tmp.resolve("1"));
    List<Doc> shuffled = new ArrayList<>(docs);
    Collections.shuffle(shuffled, new Random(7));
    Outcome second = DedupFixture.run(recipe, GlobalStages.from(recipe), shuffled, tmp.resolve("2"));
        assertThat(first.removed()).hasSize(10).isEqualTo(second.removed());
    // the first source in the recipe keeps its copy
    assertThat(first.removed()).allSatisfy((k, v) -> assertThat(k).startsWith("b/copy-"));
  }

  @Test
  void templatedCorpusDoesNotExplode() throws Exception {
    // 3,000 documents from one template that differ in a few slots: one bucket holds thousands of members.
    // All-pairs candidates would be 4.5 million per band; linking to the bucket minimum gives fewer than
    // bands × documents edges.
    List<Doc> docs = new ArrayList<>();
    String template = english(5, 120);
    for (int i = 0; i < 3000; i++) {
      docs.add(doc("spam", String.format("%05d", i), template + " item number " + i));
    }
    Recipe recipe = DedupFixture.recipe(NEAR_ONLY, "spam");
    Outcome out = DedupFixture.run(recipe, GlobalStages.from(recipe), docs, tmp);
    assertThat(out.kept()).containsExactly("spam/00000");
    assertThat(out.removed()).hasSize(2999);
    JsonNode near = Json.MAPPER.readTree(tmp.resolve("_staging/stats/dedup_stages.json").toFile()).at("/near");
    assertThat(near.at("/candidate_pairs").asLong()).isLessThan(near.at("/bands").asLong() * 3000);
    assertThat(near.at("/clusters/largest_cluster").asLong()).isEqualTo(3000);
  }
}
