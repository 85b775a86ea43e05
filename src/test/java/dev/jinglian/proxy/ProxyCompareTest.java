package dev.jinglian.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.testing.Recipes;
import dev.jinglian.testing.SharedSpark;
import dev.jinglian.util.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance: on real Chinese and English text with planted junk and duplicates, the cleaned recipe's proxy beats
 * the raw recipe's on a clean held-out set at the same token budget, and planted held-out leaks are removed.
 */
class ProxyCompareTest {
  private static final String FIXTURE = Path.of("src/test/resources/proxy").toAbsolutePath().toString();
  private static final long BUDGET = 40_000;
  private static final List<String> PLANTED_LEAKS = List.of("zh-0050", "zh-0051", "zh-0052", "zh-0053", "en-0030",
      "en-0031");

  @TempDir
  Path dir;

  private static Recipe recipe(String yaml) {
    return Recipes.fromYaml(yaml.replace("$F", FIXTURE));
  }

  @Test
  void cleanedRecipeHasLowerBitsPerByteThanRawAtTheSameBudget() throws Exception {
    Recipe raw = recipe("""
        name: raw
        output: unused
        sources:
          - {name: zh, path: $F/train/zh-reference.jsonl}
          - {name: en, path: $F/train/en-relnotes.jsonl}
          - {name: scraped, path: $F/junk/junk.jsonl}
        # raw: no rule drops anything (language and the quality families are on by default)
        filters:
          length: {enabled: false}
          language: {enabled: false}
          flagged_words: {enabled: false}
          gopher_quality: {enabled: false}
          gopher_repetition: {enabled: false}
          chinese: {enabled: false}
        """);
    Recipe clean = recipe("""
        name: clean
        output: unused
        sources:
          - {name: zh, path: $F/train/zh-reference.jsonl}
          - {name: en, path: $F/train/en-relnotes.jsonl}
        filters: {length: {min_chars: 200}}
        """);
    List<String> logs = new ArrayList<>();
    ProxyCompare compare = new ProxyCompare(SharedSpark.get(),
        new ProxyCompare.Options(BUDGET, 42, TrainOptions.ofOrder(3), HeldOutDecontamination.NGRAM_DEFAULT),
        logs::add);
    HeldOutSet heldOut = HeldOutSet.read("clean=" + FIXTURE + "/heldout/clean.jsonl",
        SharedSpark.get().sparkContext().hadoopConfiguration());
    List<RecipeVariants.Variant> variants = RecipeVariants.expand(List.of(raw, clean), List.of("raw.yaml",
        "clean.yaml"), List.of(), dir.resolve("runs").toString());

    CompareResult result = compare.run(variants, List.of(heldOut), dir.toString());
    String table = CompareReport.table(result);
    System.out.print(table);

    CompareResult.Entry best = result.ranking().get(0);
    CompareResult.Entry worst = result.ranking().get(1);
    assertThat(best.recipe()).isEqualTo("clean");
    assertThat(worst.recipe()).isEqualTo("raw");
    EvalResult cleanScore = best.results().get(0);
    EvalResult rawScore = worst.results().get(0);
    assertThat(cleanScore.bitsPerByte()).isLessThan(rawScore.bitsPerByte());
    assertThat(worst.deltaBitsPerByte()).isEqualTo(rawScore.bitsPerByte() - cleanScore.bitsPerByte())
        .isGreaterThan(0.05);
    // the same budget: both runs have more tokens than it, both trained on a prefix that fills it
    for (CompareResult.Entry e : result.ranking()) {
      assertThat(e.runTokens()).isGreaterThan(BUDGET);
      assertThat(e.trainedTokens()).isLessThanOrEqualTo(BUDGET).isGreaterThan(BUDGET * 95 / 100);
      assertThat(e.decontaminatedDocs()).isGreaterThanOrEqualTo(PLANTED_LEAKS.size());
    }
    // the six planted held-out documents (4 Chinese, 2 English) are among those removed before training; the
    // others share a 13-token phrase with the held-out text (release-note boilerplate): real overlaps
    ProxyCorpus corpus = ProxyCorpus.open(SharedSpark.get(), best.runDir(), null);
    HeldOutDecontamination.Result decontaminated = new HeldOutDecontamination(13)
        .apply(SharedSpark.get(), corpus.docs(), List.of(heldOut), corpus.encoding());
    List<String> removed = corpus.docs().select("id").except(decontaminated.kept().select("id"))
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertThat(removed).hasSize((int) best.decontaminatedDocs()).containsAll(PLANTED_LEAKS);
    assertThat(logs).anyMatch(l -> l.contains("[clean] decontamination removed " + best.decontaminatedDocs()
        + " training documents"));
    assertThat(table).contains("clean bits/byte", String.format("%,d", best.trainedTokens()),
        String.format(java.util.Locale.ROOT, "%+.4f", worst.deltaBitsPerByte()));

    JsonNode json = Json.MAPPER.readTree(dir.resolve(ProxyCompare.JSON_FILE).toFile());
    assertThat(json.get("budget_tokens").asLong()).isEqualTo(BUDGET);
    assertThat(json.get("ranking").get(1).get("trained_tokens").asLong()).isEqualTo(worst.trainedTokens());
    assertThat(json.get("ranking").get(1).get("delta_bits_per_byte").asDouble()).isPositive();
    String html = Files.readString(dir.resolve(ProxyCompare.HTML_FILE));
    assertThat(html).contains("<!-- jinglian:proxy-compare:begin -->", "<section class=\"jl-proxy-compare\">",
        "<td>clean</td>", "<td>raw</td>", "<!-- jinglian:proxy-compare:end -->");
  }
}
