package dev.jinglian.bench;

import dev.jinglian.tag.Token;
import dev.jinglian.tag.WordSegmenter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How far the fast Chinese segmenter modes stray from HanLP's full StandardTokenizer settings ({@code standard}:
 * Viterbi with name, place and organization recognition), taken as the reference: word-level precision, recall
 * and F1 over the words of real modern Chinese text (man pages, Debian Reference, fortunes of sample-data/), plus
 * the ratio of word counts. Run: bench/run-main.sh dev.jinglian.bench.SegmenterAgreementBench sample-data
 */
public final class SegmenterAgreementBench {
  private SegmenterAgreementBench() {}

  public static void main(String[] args) throws Exception {
    List<SampleCorpus.Doc> docs = SampleCorpus.load(Path.of(args[0]), 100).stream()
        .filter(d -> d.source().equals("zh_man") || d.source().equals("zh_ref") || d.source().equals("zh_fortune"))
        .toList();
    long chars = 0;
    for (SampleCorpus.Doc d : docs) {
      chars += d.text().length();
    }
    System.out.printf("%d documents, %.1f M characters%n", docs.size(), chars / 1e6);
    compare(docs, WordSegmenter.Mode.STANDARD, List.of(WordSegmenter.Mode.FAST, WordSegmenter.Mode.VITERBI,
        WordSegmenter.Mode.LONGEST_MATCH));
    compare(docs, WordSegmenter.Mode.VITERBI, List.of(WordSegmenter.Mode.FAST, WordSegmenter.Mode.LONGEST_MATCH));
    System.out.println();
    System.out.println("| mode | MB per CPU-second (median of 5 passes) |");
    System.out.println("| --- | ---: |");
    for (WordSegmenter.Mode mode : List.of(WordSegmenter.Mode.FAST, WordSegmenter.Mode.VITERBI,
        WordSegmenter.Mode.LONGEST_MATCH)) {
      System.out.printf("| %s | %.2f |%n", mode.name().toLowerCase(), speed(docs, WordSegmenter.of(mode)));
    }
  }

  private static double speed(List<SampleCorpus.Doc> docs, WordSegmenter segmenter) {
    long bytes = 0;
    for (SampleCorpus.Doc d : docs) {
      bytes += d.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
    double[] rates = new double[7];
    long sink = 0;
    for (int round = 0; round < rates.length; round++) {
      long t0 = CpuClock.nanos();
      for (SampleCorpus.Doc d : docs) {
        sink += segmenter.segment(d.text()).size();
      }
      rates[round] = bytes / 1e6 / ((CpuClock.nanos() - t0) / 1e9);
    }
    if (sink == 0) {
      throw new IllegalStateException("no words");
    }
    // the first two passes warm the JIT up
    double[] measured = java.util.Arrays.copyOfRange(rates, 2, rates.length);
    java.util.Arrays.sort(measured);
    return measured[measured.length / 2];
  }

  private static void compare(List<SampleCorpus.Doc> docs, WordSegmenter.Mode referenceMode,
      List<WordSegmenter.Mode> modes) {
    WordSegmenter reference = WordSegmenter.of(referenceMode);
    System.out.printf("%nreference = %s%n", referenceMode.name().toLowerCase());
    System.out.println("| mode | precision | recall | F1 | words vs reference |");
    System.out.println("| --- | ---: | ---: | ---: | ---: |");
    for (WordSegmenter.Mode mode : modes) {
      WordSegmenter candidate = WordSegmenter.of(mode);
      long both = 0;
      long inCandidate = 0;
      long inReference = 0;
      for (SampleCorpus.Doc d : docs) {
        Set<Long> ref = chineseWords(reference.segment(d.text()));
        Set<Long> got = chineseWords(candidate.segment(d.text()));
        inReference += ref.size();
        inCandidate += got.size();
        for (Long w : got) {
          if (ref.contains(w)) {
            both++;
          }
        }
      }
      double p = (double) both / inCandidate;
      double r = (double) both / inReference;
      System.out.printf("| %s | %.4f | %.4f | %.4f | %.4f |%n", mode.name().toLowerCase(), p, r, 2 * p * r / (p + r),
          (double) inCandidate / inReference);
    }
  }

  /** Spans (start, end) of the words that contain a Han character: the words the modes can disagree on. */
  private static Set<Long> chineseWords(List<Token> tokens) {
    Set<Long> spans = new HashSet<>();
    for (Token t : tokens) {
      if (t.isWord() && WordSegmenter.isCjk(t.text().codePointAt(0))) {
        spans.add(((long) t.offset() << 32) | (t.offset() + t.text().length()));
      }
    }
    return spans;
  }
}
