package dev.jinglian.dedup;

import static dev.jinglian.dedup.DedupFixture.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jinglian.dedup.DedupFixture.Outcome;
import dev.jinglian.job.GlobalStages;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.stats.DedupStats;
import dev.jinglian.stats.DedupStats.DocRef;
import dev.jinglian.util.Json;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExactDedupStageTest {
  private static final String EXACT_ONLY = "dedup: {near: {enabled: false}}\n";

  @TempDir
  Path tmp;

  @Test
  void identicalTextsAcrossSourcesKeepTheFirstSourcesCopy() throws Exception {
    // "books" is listed first in the recipe, so its copy stays although "archive"/"a" sorts lower
    Recipe recipe = DedupFixture.recipe(EXACT_ONLY, "books", "archive");
    String text = "床前明月光，疑是地上霜。举头望明月，低头思故乡。";
    Outcome out = DedupFixture.run(recipe, GlobalStages.from(recipe), List.of(
        doc("archive", "a", text), doc("books", "z9", text), doc("books", "z1", text),
        doc("books", "other", text + "（李白）"), doc("archive", "b", "The quick brown fox.")), tmp);
    assertThat(out.kept()).containsExactly("archive/b", "books/other", "books/z1");
    assertThat(out.removed()).containsOnly(
        entry("archive/a", "dedup dedup/exact books/z1"),
        entry("books/z9", "dedup dedup/exact books/z1"));
    JsonNode stages = Json.MAPPER.readTree(tmp.resolve("_staging/stats/dedup_stages.json").toFile());
    assertThat(stages.at("/exact/docs_in").asLong()).isEqualTo(5);
    assertThat(stages.at("/exact/docs_removed").asLong()).isEqualTo(2);
    assertThat(stages.at("/exact/clusters").asLong()).isEqualTo(1);
    assertThat(stages.at("/exact/cluster_sizes/3").asLong()).isEqualTo(1);
    // the report's contract: sizes and the largest clusters with their kept and dropped documents
    DedupStats report = Json.MAPPER.readValue(tmp.resolve("_staging/stats/dedup.json").toFile(), DedupStats.class);
    assertThat(report.clusterSizes()).containsOnly(entry(3L, 1L));
    assertThat(report.largest()).containsExactly(new DedupStats.Cluster(3, new DocRef("books", "z1"),
        List.of(new DocRef("archive", "a"), new DocRef("books", "z9"))));
  }

  @Test
  void textsThatDifferInOneCharacterAreNotExactDuplicates() {
    Recipe recipe = DedupFixture.recipe(EXACT_ONLY, "web");
    Outcome out = DedupFixture.run(recipe, GlobalStages.from(recipe), List.of(
        doc("web", "1", "Debian is a free operating system."),
        doc("web", "2", "Debian is a free operating system!"),
        doc("web", "3", "debian is a free operating system.")), tmp);
    assertThat(out.removed()).isEmpty();
    assertThat(out.kept()).hasSize(3);
  }

  @Test
  void keepLongestIsDecidedByLengthThenSourceOrderThenId() {
    // exact copies all have one length: the tie goes to the first source, then the lowest id
    Recipe recipe = DedupFixture.recipe("dedup: {exact: {keep: longest}, near: {enabled: false}}\n", "a", "b");
    Outcome out = DedupFixture.run(recipe, GlobalStages.from(recipe), List.of(
        doc("b", "1", "same text here"), doc("a", "7", "same text here"), doc("a", "3", "same text here")), tmp);
    assertThat(out.kept()).containsExactly("a/3");
  }
}
