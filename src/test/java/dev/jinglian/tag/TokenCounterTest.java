package dev.jinglian.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The chunked, cached counter must give exactly jtokkit's tokens for the whole text: the manifest's token totals
 * and the proxy models' token ids depend on it.
 */
class TokenCounterTest {
  private static final Encoding WHOLE = Encodings.newLazyEncodingRegistry().getEncoding("cl100k_base").orElseThrow();

  @Test
  void chunkedTokensEqualWholeTextTokensOnEverySampleFile() throws IOException {
    TokenCounter counter = TokenCounter.named("cl100k_base");
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("sample-data"))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(f);
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        texts.add(text.substring(0, Math.min(text.length(), 150_000))); // the head of each file: CI time
      }
    }
    assertThat(texts).hasSizeGreaterThan(5);
    long total = 0;
    for (String text : texts) {
      for (String part : text.split("\n\n")) {
        assertThat(counter.encode(part)).as(part).isEqualTo(WHOLE.encodeOrdinary(part).toArray());
        assertThat(counter.count(part)).isEqualTo(WHOLE.countTokensOrdinary(part));
        total += part.length();
      }
    }
    assertThat(total).isGreaterThan(500_000);
  }

  @Test
  void chunkedTokensEqualWholeTextTokensOnRandomMixturesOfScripts() {
    // letters of several scripts, multi-character Chinese tokens, contractions, digits, marks, emoji, whitespace
    String[] atoms = {"中", "国", "人", "民", "的", "我们", "是", "一个", "們", "這", "ひらがな", "カタカナ", "한국어",
        "abc", "The", " the", "'s", "'ll", "'", "123", "4567", " ", "  ", "\n", "\r\n", "\t", "，", "。", "！", "?",
        "...", "-", "é", "e\u0301", "😀", "𠀀", "Ωμέγα", "Привет", "٣", "ª", "\u00a0", "\u3000", "<|endoftext|>",
        // whitespace by one definition and not another, rules, table borders, indentation around line breaks
        "\u000B", "\f", "\u0085", "\u2007", "\u202F", "\u001C", "\u2028", "____", "───┼", "│", "\n    ", " \n",
        "\r", "\n\n", "   ", ".\n", "--"};
    Random random = new Random(7);
    TokenCounter counter = TokenCounter.named("cl100k_base");
    for (int i = 0; i < 100_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(16); j >= 0; j--) {
        text.append(atoms[random.nextInt(atoms.length)]);
      }
      String t = text.toString();
      assertThat(counter.encode(t)).as(t).isEqualTo(WHOLE.encodeOrdinary(t).toArray());
    }
  }

  @Test
  void longChunksCountTheSameWhenSeenAgain() {
    // chunks longer than the short-chunk cache takes (indentation, rules, table borders) are remembered whole
    TokenCounter counter = TokenCounter.named("cl100k_base");
    for (int round = 0; round < 2; round++) {
      for (String c : List.of(" ", "\t", "-", "=", "中", "\u3000", "a", "─┼", "_\n")) {
        for (int n = 10; n <= 300; n += 7) {
          String run = c.repeat(n);
          for (String t : List.of(run, "word" + run + "word", "\n" + run + "x", run.substring(1) + "b" + run)) {
            assertThat(counter.encode(t)).as("%s x %d in %s", c, n, t).isEqualTo(WHOLE.encodeOrdinary(t).toArray());
            assertThat(counter.count(t)).isEqualTo(WHOLE.countTokensOrdinary(t));
          }
        }
      }
    }
  }

  @Test
  void multiCharacterChineseTokensAreNotCutApart() {
    // some cl100k tokens span two Chinese characters; the chunks must not split them
    TokenCounter counter = TokenCounter.named("cl100k_base");
    int spans = 0;
    for (String word : List.of("我们", "中国", "一个", "这个", "可以", "没有", "自己", "时候")) {
      int whole = WHOLE.countTokensOrdinary(word);
      if (whole < 2) {
        spans++;
      }
      assertThat(counter.count("他说" + word + "了。")).isEqualTo(WHOLE.countTokensOrdinary("他说" + word + "了。"));
    }
    assertThat(spans).as("the list holds multi-character tokens, or the test proves nothing").isPositive();
  }

  @Test
  void otherEncodingsAreEncodedWhole() {
    TokenCounter o200k = TokenCounter.named("o200k_base");
    Encoding whole = Encodings.newLazyEncodingRegistry().getEncoding("o200k_base").orElseThrow();
    String text = "中华人民共和国 It's the dog's bone. 一二三";
    assertThat(o200k.encode(text)).containsExactly(whole.encodeOrdinary(text).toArray());
    assertThat(o200k.name()).isEqualTo("o200k_base");
  }
}
