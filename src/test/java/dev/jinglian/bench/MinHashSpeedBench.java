package dev.jinglian.bench;

import dev.jinglian.bench.SampleCorpus.Doc;
import dev.jinglian.dedup.LshBands;
import dev.jinglian.dedup.MinHasher;
import dev.jinglian.dedup.NearDedupSpec;
import dev.jinglian.dedup.Shingler;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Single-core throughput of the per-document near-dedup work (shingling incl. the simplified-Chinese form,
 * 128-permutation MinHash, LSH band keys) on real text, in MB of UTF-8 input per CPU-second of this thread (so
 * other load on the machine does not count).
 *
 * <p>Usage: {@code bench/minhash-speed.sh [sample-data dir]}.
 */
public final class MinHashSpeedBench {
  private MinHashSpeedBench() {}

  public static void main(String[] args) throws Exception {
    List<Doc> all = SampleCorpus.load(Path.of(args.length > 0 ? args[0] : "sample-data"), 1);
    NearDedupSpec spec = NearDedupSpec.defaults();
    Shingler shingler = Shingler.of(spec);
    MinHasher hasher = new MinHasher(spec.numPerm(), spec.seed());
    LshBands lsh = spec.lshBands();
    for (String lang : List.of("zh", "en")) {
      List<String> texts = all.stream().filter(d -> d.source().startsWith(lang)).map(Doc::text).toList();
      long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
      double[] full = new double[7];
      double[] shingleOnly = new double[7];
      for (int rep = 0; rep < full.length; rep++) {
        full[rep] = bytes / 1e6 / cpuSeconds(() -> {
          long x = 0;
          for (String t : texts) {
            int[] sig = hasher.signature(shingler.shingles(t));
            x += sig == null ? 0 : MinHasher.bandKeys(sig, lsh)[0];
          }
          return x;
        });
        shingleOnly[rep] = bytes / 1e6 / cpuSeconds(() -> {
          long x = 0;
          for (String t : texts) {
            x += shingler.shingles(t).length;
          }
          return x;
        });
      }
      System.out.printf(Locale.ROOT, "| %s | %d docs, %.1f MB | shingles + MinHash(%d) + %s: median %.1f MB/s per core"
              + " | shingling alone: median %.1f MB/s |%n", lang, texts.size(), bytes / 1e6, spec.numPerm(), lsh,
          median(full), median(shingleOnly));
    }
  }

  interface Work {
    long run();
  }

  private static volatile long sink;

  static double cpuSeconds(Work w) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long t0 = mx.getCurrentThreadCpuTime();
    sink += w.run();
    return (mx.getCurrentThreadCpuTime() - t0) / 1e9;
  }

  static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
