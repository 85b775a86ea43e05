package dev.jinglian.quality;

import static dev.jinglian.quality.Docs.assertKept;
import static dev.jinglian.quality.Docs.assertRejected;
import static dev.jinglian.quality.Docs.doc;
import static dev.jinglian.quality.Docs.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.filter.FilterSpecs;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;

class C4FilterTest {
  private static final C4Filter C4 = new C4Filter(Docs.params(C4Filter.Params.class, Map.of("enabled", true)));

  private static String lines(String line, int n) {
    return String.join("\n", Collections.nCopies(n, line));
  }

  @Test
  void offByDefault() {
    assertThat(FilterSpecs.defaults().buildEnabled()).extracting(f -> f.family()).doesNotContain("c4");
  }

  @Test
  void fiveSentencesInLinesThatEndLikeSentences() {
    String good = "The package installs a small daemon.";
    assertKept(run(C4, doc(lines(good, 5), "en")));
    assertRejected(run(C4, doc(lines(good, 4), "en")), "c4/too_few_sentences", "4 < 5");
    // lines C4 would delete do not count: no terminal mark, an ellipsis, under 3 words, javascript, notices
    String noise = String.join("\n", "Read more about the daemon...", "Click here", "Two words.",
        "Enable JavaScript to view this page.", "This site uses cookies to work well.", "No full stop here");
    assertRejected(run(C4, doc(lines(good, 4) + "\n" + noise, "en")), "c4/too_few_sentences", "4 < 5");
    assertThat(Docs.signals(C4, doc(lines(good, 4) + "\n" + noise, "en")).get(C4Filter.KEPT_LINES)).isEqualTo(0.4);
    // several sentences on one line, and a citation after the full stop
    assertKept(run(C4, doc("It runs. It logs. It stops. It restarts on failure.\nIt is configured in one file.[1]",
        "en")));
  }

  @Test
  void chineseSentencesEndInChinesePunctuation() {
    String good = "我们喜欢读书。";
    assertKept(run(C4, doc(lines(good, 5), "zh-Hans")));
    assertRejected(run(C4, doc(lines(good, 4), "zh-Hans")), "c4/too_few_sentences", "4 < 5");
    // dialogue closing in 」 and the ellipsis count for Chinese; a line cut at a comma and a two-word line do not
    String more = lines(good, 3) + "\n他说：「我们明天再读书。」\n我们喜欢读书……\n我们喜欢读书,\n读书。";
    assertKept(run(C4, doc(more, "zh-Hans")));
    assertThat(Docs.signals(C4, doc(more, "zh-Hans")).get(C4Filter.SENTENCES)).isEqualTo(5);
    assertThat(C4Filter.sentenceEnds("他来了。她走了。")).isEqualTo(2);
  }

  @Test
  void loremIpsumAndCurlyBracketsDropThePage() {
    String good = lines("The package installs a small daemon.", 6);
    assertRejected(run(C4, doc(good + "\nLorem ipsum dolor sit amet.", "en")), "c4/lorem_ipsum",
        "1 > 0");
    assertRejected(run(C4, doc(good + "\nint main() { return 0; }", "en")), "c4/curly_bracket", "1 > 0");
    C4Filter allowBraces = new C4Filter(Docs.params(C4Filter.Params.class, Map.of("enabled", true,
        "curly_bracket", false)));
    assertKept(run(allowBraces, doc(good + "\nint main() { return 0; }", "en")));
    // a full-width brace is a brace too once NFKC has run; the rule counts what normalization left
    assertRejected(run(C4, doc(lines("我们喜欢读书。", 6) + "\n{配置}", "zh-Hans")), "c4/curly_bracket", "1 > 0");
  }
}
