package dev.jinglian.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.recipe.InputFormat;
import dev.jinglian.recipe.InputLimits;
import dev.jinglian.recipe.SourceSpec;
import dev.jinglian.recipe.TextSplit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
  @TempDir
  Path dir;

  private List<RawRecord> read(SourceSpec spec, Path file, InputLimits limits) {
    List<RawRecord> out = new ArrayList<>();
    new SourceReader(spec, limits).read(file.toString(), new Configuration()).forEachRemaining(out::add);
    return out;
  }

  private static SourceSpec jsonl(String textField, String idField, List<String> meta) {
    return new SourceSpec("s", "unused", InputFormat.JSONL, textField, idField, meta, null);
  }

  @Test
  void jsonlGoodAndBadLinesAreEachAccountedForWithTheirLineNumber() throws IOException {
    Path f = dir.resolve("a.jsonl");
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write("{\"doc_id\": \"d1\", \"content\": \"你好，世界。\", \"url\": \"http://x.cn/a\"}\n".getBytes(StandardCharsets.UTF_8));
    b.write("\n".getBytes());                                           // blank: skipped, not a record
    b.write("{\"content\": \"broken\n".getBytes());                     // 3: malformed JSON
    b.write("{\"content\": 42}\n".getBytes());                          // 4: wrong type
    b.write("{\"content\": \"   \"}\n".getBytes());                     // 5: empty
    b.write(new byte[] {'{', '"', 'c', 'o', 'n', 't', 'e', 'n', 't', '"', ':', '"', 'a', (byte) 0xC3, '(', '"', '}', '\n'}); // 6: bad UTF-8
    b.write("{\"content\": \"a\u0000b\"}\n".getBytes(StandardCharsets.UTF_8));  // 7: raw NUL inside a string
    b.write("[1, 2]\n".getBytes());                                     // 8: not an object
    b.write("{\"content\": \"ok\", \"doc_id\": {\"x\": 1}}\n".getBytes()); // 9: id of wrong type
    b.write("{\"content\": \"no newline at end\", \"doc_id\": 7}".getBytes()); // 10: integer id, no final newline
    Files.write(f, b.toByteArray());

    List<RawRecord> r = read(jsonl("content", "doc_id", List.of("url")), f, InputLimits.defaults());

    assertThat(r).hasSize(9);
    assertThat(r.get(0).isBad()).isFalse();
    assertThat(r.get(0).id()).isEqualTo("d1");
    assertThat(r.get(0).text()).isEqualTo("你好，世界。");
    assertThat(r.get(0).meta()).containsEntry("url", "http://x.cn/a");
    assertThat(r.get(0).line()).isEqualTo(1);
    assertThat(r.get(1).line()).isEqualTo(3);
    assertThat(r.get(1).error()).startsWith("malformed JSON");
    assertThat(r.get(2).error()).isEqualTo("text field 'content' must be a string, got number");
    assertThat(r.get(3).error()).isEqualTo("empty text in field 'content'");
    assertThat(r.get(4).error()).isEqualTo("invalid UTF-8 at byte 13");
    assertThat(r.get(4).line()).isEqualTo(6);
    assertThat(r.get(4).raw()).hasSize(17);
    assertThat(r.get(5).error()).startsWith("malformed JSON");
    assertThat(r.get(6).error()).isEqualTo("expected a JSON object, got array");
    assertThat(r.get(7).error()).isEqualTo("id field 'doc_id' must be a string or integer, got object");
    assertThat(r.get(8).id()).isEqualTo("7");
    assertThat(r.get(8).line()).isEqualTo(10);
  }

  @Test
  void oversizedRecordIsQuarantinedWithoutLoadingItAndReadingContinues() throws IOException {
    Path f = dir.resolve("big.jsonl");
    String big = "{\"text\": \"" + "长".repeat(3000) + "\"}\n";
    Files.writeString(f, big + "{\"text\": \"after\"}\n");
    List<RawRecord> r = read(jsonl("text", "id", List.of()), f, new InputLimits(1000L, 100, null));
    assertThat(r).hasSize(2);
    assertThat(r.get(0).error()).isEqualTo("record of 9012 bytes exceeds max_record_bytes 1000");
    assertThat(r.get(0).raw()).hasSize(100);
    assertThat(r.get(1).text()).isEqualTo("after");
    assertThat(r.get(1).line()).isEqualTo(2);
  }

  @Test
  void deeplyNestedJsonIsQuarantined() throws IOException {
    Path f = dir.resolve("nested.jsonl");
    Files.writeString(f, "{\"text\": \"x\", \"m\": " + "[".repeat(5000) + "]".repeat(5000) + "}\n");
    List<RawRecord> r = read(jsonl("text", "id", List.of()), f, InputLimits.defaults());
    assertThat(r).hasSize(1);
    assertThat(r.get(0).error()).startsWith("malformed JSON").contains("nesting depth");
  }

  @Test
  void gzipIsDetectedByMagicBytesAndATruncatedGzipKeepsWhatWasReadAndQuarantinesTheRest() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      for (int i = 0; i < 2000; i++) {
        out.write(("{\"text\": \"第" + i + "行：这是一段用于测试的中文文本，内容不重复" + i * 7919 + "。\"}\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] all = gz.toByteArray();
    Path whole = dir.resolve("whole.data");
    Files.write(whole, all);
    assertThat(read(jsonl("text", "id", List.of()), whole, InputLimits.defaults())).hasSize(2000)
        .allMatch(rec -> !rec.isBad());

    Path cut = dir.resolve("cut.jsonl.gz");
    Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
    List<RawRecord> r = read(jsonl("text", "id", List.of()), cut, InputLimits.defaults());
    RawRecord last = r.get(r.size() - 1);
    assertThat(last.isBad()).isTrue();
    assertThat(last.error()).startsWith("file unreadable from here on: EOFException");
    assertThat(last.line()).isEqualTo(r.size());
    assertThat(r.subList(0, r.size() - 1)).allMatch(rec -> !rec.isBad()).hasSizeGreaterThan(100);
  }

  @Test
  void unreadableFileBecomesOneQuarantinedRecord() {
    List<RawRecord> r = read(jsonl("text", "id", List.of()), dir.resolve("missing.jsonl"), InputLimits.defaults());
    assertThat(r).hasSize(1);
    assertThat(r.get(0).line()).isZero();
    assertThat(r.get(0).error()).startsWith("file unreadable from here on");
  }

  @Test
  void brokenSymbolicLinksAreListedSoTheyAreQuarantinedNotSilentlySkipped() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in/sub"));
    Files.writeString(in.resolve("good.jsonl"), "{\"text\": \"ok\"}\n");
    Files.createSymbolicLink(in.resolve("gone.jsonl"), dir.resolve("deleted.jsonl"));
    Files.createSymbolicLink(dir.resolve("in/.hidden-gone.jsonl"), dir.resolve("deleted.jsonl"));
    List<String> files = InputFiles.list(dir.resolve("in").toString(), new Configuration());
    assertThat(files).hasSize(2).anyMatch(f -> f.endsWith("sub/good.jsonl")).anyMatch(f -> f.endsWith("sub/gone.jsonl"));
    String gone = files.stream().filter(f -> f.endsWith("gone.jsonl")).findFirst().orElseThrow();
    List<RawRecord> r = new ArrayList<>();
    new SourceReader(jsonl("text", "id", List.of()), InputLimits.defaults()).read(gone, new Configuration())
        .forEachRemaining(r::add);
    assertThat(r).singleElement().satisfies(rec -> assertThat(rec.error()).startsWith("file unreadable from here on"));
  }

  @Test
  void plainTextSplitsIntoParagraphsOrWholeFiles() throws IOException {
    Path f = dir.resolve("t.txt");
    Files.writeString(f, "\n\n第一段第一行\n第一段第二行\n\n\n   \nSecond paragraph.\r\nstill second\n\nthird");
    SourceSpec para = new SourceSpec("s", "x", InputFormat.TEXT, null, null, null, TextSplit.PARAGRAPH);
    List<RawRecord> r = read(para, f, InputLimits.defaults());
    assertThat(r).extracting(RawRecord::text)
        .containsExactly("第一段第一行\n第一段第二行\n", "Second paragraph.\nstill second\n", "third\n");
    assertThat(r).extracting(RawRecord::line).containsExactly(3L, 8L, 11L);

    SourceSpec whole = new SourceSpec("s", "x", InputFormat.TEXT, null, null, null, TextSplit.FILE);
    assertThat(read(whole, f, InputLimits.defaults())).singleElement()
        .satisfies(rec -> assertThat(rec.text()).contains("第一段").contains("third"));

    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "");
    assertThat(read(para, empty, InputLimits.defaults())).isEmpty();
    assertThat(read(whole, empty, InputLimits.defaults())).singleElement()
        .satisfies(rec -> assertThat(rec.error()).isEqualTo("empty text"));
  }
}
