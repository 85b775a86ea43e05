package dev.jinglian.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jinglian.filter.FilterSpecs;
import dev.jinglian.filter.Verdict;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.recipe.RecipeException;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import dev.jinglian.tag.WordSegmenter;
import dev.jinglian.testing.Recipes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrlBlocklistFilterTest {
  @TempDir
  static Path dir;
  private static Path list;
  private static UrlBlocklistFilter filter;

  @BeforeAll
  static void writeList() throws IOException {
    list = dir.resolve("blocked.txt");
    Files.writeString(list, "# adult and gambling\nbad-casino.example\n*.porn.example\n0.0.0.0 tracker.example\n"
        + "https://www.spam.example/landing\n例子.测试\n", StandardCharsets.UTF_8);
    filter = new UrlBlocklistFilter(new UrlBlocklistFilter.Params(null, null, List.of(list.toString())));
  }

  private static Verdict verdict(UrlBlocklistFilter f, Map<String, String> meta) {
    DocumentAnalysis doc = new DocumentAnalysis("web", "正文内容", meta, WordSegmenter.of(WordSegmenter.Mode.FAST));
    Signals s = new Signals();
    f.measure(doc, s);
    return f.decide(doc, s);
  }

  @Test
  void listedDomainAndItsSubdomainsAreBlocked() {
    Verdict v = verdict(filter, Map.of("url", "https://User@WWW.Bad-Casino.example:8443/a?b#c"));
    assertThat(v.reason().key()).isEqualTo("url_blocklist/blocked_domain");
    assertThat(v.detail()).isEqualTo("bad-casino.example (host www.bad-casino.example)");
    assertThat(verdict(filter, Map.of("url", "http://porn.example/")).detail()).startsWith("porn.example ");
    assertThat(verdict(filter, Map.of("url", "http://a.b.tracker.example./x")).detail()).startsWith("tracker.example ");
    assertThat(verdict(filter, Map.of("url", "www.spam.example/page")).rejected()).isTrue();
    // a listed subdomain does not block its parent
    assertThat(verdict(filter, Map.of("url", "spam.example/page")).rejected()).isFalse();
    assertThat(verdict(filter, Map.of("url", "https://www.例子.测试/页面")).detail())
        .isEqualTo("xn--fsqu00a.xn--0zwm56d (host www.xn--fsqu00a.xn--0zwm56d)");
  }

  @Test
  void similarButDifferentDomainsAreKept() {
    for (String url : List.of("https://notbad-casino.example/", "https://bad-casino.example.org/",
        "https://example/", "https://casino.example/")) {
      assertThat(verdict(filter, Map.of("url", url)).kind()).as(url).isEqualTo(Verdict.Kind.KEEP);
    }
  }

  @Test
  void documentsWithoutTheUrlFieldAreNotJudged() {
    assertThat(verdict(filter, Map.of()).kind()).isEqualTo(Verdict.Kind.NOT_APPLICABLE);
    assertThat(verdict(filter, Map.of("link", "https://bad-casino.example")).kind())
        .isEqualTo(Verdict.Kind.NOT_APPLICABLE);
    UrlBlocklistFilter onLink = new UrlBlocklistFilter(
        new UrlBlocklistFilter.Params(null, "link", List.of(list.toString())));
    assertThat(verdict(onLink, Map.of("link", "https://bad-casino.example")).rejected()).isTrue();
  }

  @Test
  void badListLineFailsWithFileAndLine() throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "ok.example\nnot a domain at all\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new UrlBlocklistFilter(new UrlBlocklistFilter.Params(null, null, List.of(bad.toString()))))
        .hasMessage(bad + ":2: not a domain: 'not a domain at all'");
  }

  @Test
  void recipeNamesTheFamilyWithItsParameters() {
    Recipe r = Recipes.fromYaml("name: t\noutput: /tmp/o\nsources: [{name: web, path: /x}]\n"
        + "filters:\n  url_blocklist: {url_field: link, blocklists: [" + list + "]}\n");
    FilterSpecs specs = r.filters();
    assertThat(specs.byFamily().get("url_blocklist"))
        .isEqualTo(new UrlBlocklistFilter.Params(true, "link", List.of(list.toString())));
    assertThat(specs.byFamily()).containsKey("flagged_words");
    assertThat(Recipes.fromYaml("name: t\noutput: /tmp/o\nsources: [{name: web, path: /x}]\n").filters()
        .byFamily()).doesNotContainKey("url_blocklist");
  }

  @Test
  void namingTheFamilyWithoutAListFailsAtLoad() {
    assertThatThrownBy(() -> Recipes.fromYaml("name: t\noutput: /tmp/o\nsources: [{name: web, path: /x}]\n"
        + "filters:\n  url_blocklist: {url_field: link}\n"))
        .isInstanceOf(RecipeException.class)
        .hasMessageContaining("url_blocklist: blocklists needs at least one file of blocked domains");
  }
}
