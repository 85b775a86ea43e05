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
    WordSegmenter reference = WordSegmenter.of(WordSegmenter.Mode.STANDARD);
    long chars = 0;
    for (SampleCorpus.Doc d : docs) {
      chars += d.text().length();
    }
    System.out.printf("%d documents, %.1f M characters; reference = standard%n", docs.size(), chars / 1e6);
    System.out.println("| mode | precision | recall | F1 | words vs reference |");
    System.out.println("| --- | ---: | ---: | ---: | ---: |");
    for (WordSegmenter.Mode mode : List.of(WordSegmenter.Mode.FAST, WordSegmenter.Mode.LONGEST_MATCH)) {
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
