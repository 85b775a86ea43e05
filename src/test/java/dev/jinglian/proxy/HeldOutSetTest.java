package dev.jinglian.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Held-out sets: formats by extension, unreadable records counted, and the bits-per-byte definition. */
class HeldOutSetTest {
  @TempDir
  Path dir;

  @Test
  void readsJsonlAndTextCountingUnreadableRecords() throws Exception {
    Path jsonl = dir.resolve("wiki-zh.jsonl");
    Files.writeString(jsonl, "{\"text\":\"北京是中国的首都。\"}\n{not json\n{\"text\":\"Second document.\"}\n",
        StandardCharsets.UTF_8);
    HeldOutSet set = HeldOutSet.read(jsonl.toString(), new Configuration());
    assertThat(set.name()).isEqualTo("wiki-zh");
    assertThat(set.texts()).containsExactly("北京是中国的首都。", "Second document.");
    assertThat(set.quarantined()).isEqualTo(1);

    Path text = dir.resolve("notes.txt");
    Files.writeString(text, "first paragraph\nstill first\n\nsecond paragraph\n", StandardCharsets.UTF_8);
    HeldOutSet named = HeldOutSet.read("mine=" + text, new Configuration());
    assertThat(named.name()).isEqualTo("mine");
    assertThat(named.texts()).hasSize(2);
    assertThatThrownBy(() -> HeldOutSet.read(dir.resolve("missing.jsonl").toString(), new Configuration()))
        .hasMessageContaining("no files match");
  }

  @Test
  void bitsPerByteCountsTheEndOfEachDocumentAsOneByteAndOneToken() {
    // 2 docs, 10 tokens, 30 bytes: 12 predictions, 32 bytes
    EvalResult r = new EvalResult("x", 2, 10, 30, 48.0, 0);
    assertThat(r.bitsPerByte()).isCloseTo(48.0 / 32, within(1e-15));
    assertThat(r.perplexity()).isCloseTo(Math.pow(2, 48.0 / 12), within(1e-12));
  }
}
