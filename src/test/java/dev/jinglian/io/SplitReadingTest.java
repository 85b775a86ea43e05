package dev.jinglian.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.recipe.InputFormat;
import dev.jinglian.recipe.InputLimits;
import dev.jinglian.recipe.SourceSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a JSON Lines file in byte ranges gives exactly the records of reading it whole. */
class SplitReadingTest {
  private static final SourceSpec SPEC = new SourceSpec("s", "unused", InputFormat.JSONL, "text", null, List.of(),
      null);
  private static final InputLimits LIMITS = new InputLimits(300L, 64, null);
  private final Configuration conf = new Configuration();

  @TempDir
  Path dir;

  /** Good lines of many lengths, blank lines, CRLF, malformed JSON, an oversized line and no final newline. */
  private Path hostileFile(long seed, boolean finalNewline) throws IOException {
    Random random = new Random(seed);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int i = 0; i < 120; i++) {
      switch (random.nextInt(8)) {
        case 0 -> b.write('\n');
        case 1 -> b.write("{\"text\": \"broken\n".getBytes(StandardCharsets.UTF_8));
        case 2 -> b.write(("{\"text\": \"" + "长".repeat(150) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        case 3 -> b.write(("{\"text\": \"crlf " + i + "\"}\r\n").getBytes(StandardCharsets.UTF_8));
        default -> b.write(("{\"text\": \"文档 " + i + " " + "x".repeat(random.nextInt(90)) + "\"}\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    b.write("{\"text\": \"last\"}".getBytes(StandardCharsets.UTF_8));
    if (finalNewline) {
      b.write('\n');
    }
    Path f = dir.resolve("f" + seed + finalNewline + ".jsonl");
    Files.write(f, b.toByteArray());
    return f;
  }

  private List<String> readWhole(Path f) {
    List<String> out = new ArrayList<>();
    new SourceReader(SPEC, LIMITS).read(f.toString(), conf).forEachRemaining(r -> out.add(describe(r)));
    return out;
  }

  /** Plans the ranges, numbers their first lines from the counted line starts, and reads them one after another. */
  private List<String> readInSplits(Path f, long splitBytes) throws IOException {
    List<String> out = new ArrayList<>();
    long firstLine = 1;
    for (long[] r : LineSplitter.ranges(Files.size(f), splitBytes)) {
      FileSplit split = new FileSplit("s", f.toString(), r[0], r[1], firstLine);
      new SourceReader(SPEC, LIMITS).read(split, conf).forEachRemaining(rec -> out.add(describe(rec)));
      firstLine += LineSplitter.lineStarts(f.toString(), conf, r[0], r[1]);
    }
    return out;
  }

  private static String describe(RawRecord r) {
    return r.line() + " " + (r.isBad() ? "BAD " + r.error() : r.text());
  }

  @Test
  void everySplitSizeReadsEachLineOnceWithItsFileWideNumber() throws IOException {
    for (long seed = 1; seed <= 2; seed++) {
      for (boolean finalNewline : new boolean[] {true, false}) {
        Path f = hostileFile(seed, finalNewline);
        List<String> whole = readWhole(f);
        assertThat(whole).anyMatch(s -> s.contains("exceeds max_record_bytes")).anyMatch(s -> s.contains("crlf"));
        for (long splitBytes : new long[] {5, 64, 199, 300, 301, 1000, 4096, Files.size(f) - 1}) {
          assertThat(readInSplits(f, splitBytes)).as("split %d bytes of %s", splitBytes, f).isEqualTo(whole);
        }
      }
    }
  }

  @Test
  void rangesCoverTheFileWithoutGapsOrOverlaps() {
    for (long length : new long[] {0, 1, 10, 1000, 1_000_003}) {
      for (long split : new long[] {1, 3, 100, 1 << 20}) {
        List<long[]> ranges = LineSplitter.ranges(length, split);
        assertThat(ranges.get(0)[0]).isZero();
        assertThat(ranges.get(ranges.size() - 1)[1]).isEqualTo(length);
        for (int i = 1; i < ranges.size(); i++) {
          assertThat(ranges.get(i)[0]).isEqualTo(ranges.get(i - 1)[1]);
        }
      }
    }
  }
}
