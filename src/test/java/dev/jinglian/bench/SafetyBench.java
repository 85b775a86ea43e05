package dev.jinglian.bench;

import dev.jinglian.normalize.Edits;
import dev.jinglian.normalize.UnicodeNormalization;
import dev.jinglian.recipe.PiiSpec;
import dev.jinglian.safety.FlaggedWordsFilter;
import dev.jinglian.safety.pii.PiiRedaction;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import dev.jinglian.tag.Token;
import dev.jinglian.tag.WordSegmenter;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Single-thread throughput of PII redaction and the flagged-word rule on real text, with NFKC and HanLP
 * segmentation of the same text as in-run references, plus what the rules find on clean text (false-positive
 * check).
 *
 * <p>{@code bench/run-java.sh dev.jinglian.bench.SafetyBench /tmp/jinglian-bench/safety}
 */
public final class SafetyBench {
  private SafetyBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/jinglian-bench/safety");
    List<String> zh = BenchCorpus.load(dir.resolve("zh.jsonl"));
    List<String> en = BenchCorpus.load(dir.resolve("en.jsonl"));
    System.out.printf("corpus: zh %d docs %.1f M chars, en %d docs %.1f M chars%n", zh.size(),
        BenchCorpus.chars(zh) / 1e6, en.size(), BenchCorpus.chars(en) / 1e6);
    PiiRedaction pii = new PiiRedaction(PiiSpec.defaults());
    UnicodeNormalization nfkc = new UnicodeNormalization(Normalizer.Form.NFKC);
    for (var corpus : Map.of("zh", zh, "en", en, "dense", dense(new Random(7), 20_000)).entrySet()) {
      List<String> docs = corpus.getValue();
      Map<String, Integer> found = new TreeMap<>();
      for (String d : docs) {
        Edits e = new Edits();
        pii.apply(d, e);
        e.asMap().forEach((k, v) -> found.merge(k, v, Integer::sum));
      }
      double piiRate = charsPerSecond(docs, d -> pii.apply(d, new Edits()));
      double nfkcRate = charsPerSecond(docs, d -> nfkc.apply(d, new Edits()));
      System.out.printf("pii %-5s: %6.1f M chars/s (NFKC on the same text %6.1f M chars/s, ratio %.2f); found %s%n",
          corpus.getKey(), piiRate / 1e6, nfkcRate / 1e6, piiRate / nfkcRate, found);
    }
    WordSegmenter seg = WordSegmenter.of(WordSegmenter.Mode.FAST);
    double segRate = charsPerSecond(zh, seg::segment);
    System.out.printf("reference: HanLP fast segmentation of zh %.1f M chars/s (PII redaction runs once per document "
        + "in the same pass)%n", segRate / 1e6);
    printRedactionSamples(pii, zh, en);
    flaggedWords(zh, "zh");
    flaggedWords(en, "en");
  }

  /** Text with a PII item every ~150 characters, for the worst case. */
  static List<String> dense(Random r, int docs) {
    String[] pieces = {"联系电话 138%04d%04d，", "email li.%d@example%d.com ", "服务器 8.8.%d.%d 宕机。",
        "call +44 20 %04d %04d today. ", "卡号 4111 1111 1111 1111。", "身份证 11010519491231002X。",
        "价格 %d 元，共 %d 件。"};
    String filler = "这是一段普通的说明文字，用来把个人信息隔开，让文本更像真实网页。And some English words too. ";
    List<String> out = new ArrayList<>();
    for (int i = 0; i < docs; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 8; k++) {
        sb.append(filler).append(String.format(pieces[r.nextInt(pieces.length)], r.nextInt(10000), r.nextInt(10000)));
      }
      out.add(sb.toString());
    }
    return out;
  }

  interface Work {
    void run(String doc);
  }

  static double charsPerSecond(List<String> docs, Work work) {
    return BenchCorpus.chars(docs) / (BenchCorpus.bestNanos(() -> docs.forEach(work::run)) / 1e9);
  }

  private static void printRedactionSamples(PiiRedaction pii, List<String> zh, List<String> en) {
    int shown = 0;
    for (List<String> docs : List.of(zh, en)) {
      for (String d : docs) {
        String out = pii.apply(d);
        if (!out.equals(d) && shown < 12) {
          int at = out.indexOf('<');
          while (at >= 0 && !out.startsWith("<EMAIL>", at) && !out.startsWith("<PHONE>", at)
              && !out.startsWith("<IP>", at) && !out.startsWith("<ID_NUMBER>", at) && !out.startsWith("<BANK_CARD>", at)) {
            at = out.indexOf('<', at + 1);
          }
          if (at >= 0) {
            System.out.println("  sample: ..." + out.substring(Math.max(0, at - 40), Math.min(out.length(), at + 30))
                .replace('\n', ' ') + "...");
            shown++;
          }
        }
      }
    }
  }

  private static void flaggedWords(List<String> docs, String name) {
    WordSegmenter seg = WordSegmenter.of(WordSegmenter.Mode.FAST);
    FlaggedWordsFilter f = new FlaggedWordsFilter(new FlaggedWordsFilter.Params(null, null, null, null, null));
    List<DocumentAnalysis> analysed = new ArrayList<>();
    long tokens = 0;
    for (String d : docs) {
      DocumentAnalysis a = new DocumentAnalysis("b", d, seg);
      List<Token> t = a.segmented();
      a.words();
      tokens += t.size();
      analysed.add(a);
    }
    int rejected = 0;
    int withHits = 0;
    for (DocumentAnalysis a : analysed) {
      Signals s = new Signals();
      f.measure(a, s);
      withHits += s.get(FlaggedWordsFilter.HITS) > 0 ? 1 : 0;
      if (f.decide(a, s).rejected()) {
        rejected++;
        System.out.println("  flagged_words would drop: " + a.text().substring(0, Math.min(80, a.text().length()))
            .replace('\n', ' '));
      }
    }
    long best = BenchCorpus.bestNanos(() -> analysed.forEach(a -> f.measure(a, new Signals())));
    System.out.printf("flagged_words %s: %d docs, %d with a hit, %d dropped; %.1f M tokens/s (%.0f docs/s) on "
        + "already segmented text%n", name, docs.size(), withHits, rejected, tokens / (best / 1e9) / 1e6,
        docs.size() / (best / 1e9));
  }
}
