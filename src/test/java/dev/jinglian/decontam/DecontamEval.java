package dev.jinglian.decontam;

import dev.jinglian.bench.BenchCorpus;
import dev.jinglian.normalize.Normalization;
import dev.jinglian.normalize.Transform;
import dev.jinglian.recipe.BenchmarkSpec;
import dev.jinglian.recipe.DecontaminateSpec;
import dev.jinglian.recipe.NormalizeSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;

/**
 * Recall and false positives of decontamination on real text, and scan throughput. Benchmark items are planted,
 * in several layouts, at a paragraph break of a real document; recall is the share of planted documents caught
 * (items too short to index count as misses), false positives the share of the unplanted real documents flagged.
 * Benchmark data is read from where it lies on this machine and never copied into the project.
 *
 * <p>{@code bench/run-java.sh dev.jinglian.decontam.DecontamEval /tmp/jinglian-bench/safety
 * /work/shared/data/benchmarks [ngram_zh,ngram_en,min_matches,min_fraction_percent]}
 */
public final class DecontamEval {
  private static final int PLANTS = 2000;

  private DecontamEval() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "/tmp/jinglian-bench/safety");
    String data = args.length > 1 ? args[1] : "/work/shared/data/benchmarks";
    List<String> zh = BenchCorpus.load(corpus.resolve("zh.jsonl"));
    List<String> en = BenchCorpus.load(corpus.resolve("en.jsonl"));
    Configuration conf = new Configuration();
    BenchmarkSpec cmmlu = new BenchmarkSpec("cmmlu", data + "/cmmlu/*/*.csv", "csv", null, "Question",
        List.of("A", "B", "C", "D"));
    BenchmarkSpec gsm8k = new BenchmarkSpec("gsm8k", data + "/gsm8k/test.jsonl", "jsonl",
        List.of("question", "answer"), null, null);
    List<BenchmarkItem> cmmluItems = BenchmarkReader.read(cmmlu, conf);
    List<BenchmarkItem> gsmItems = BenchmarkReader.read(gsm8k, conf);
    Map<String, List<BenchmarkItem>> all = new LinkedHashMap<>();
    all.put("cmmlu", cmmluItems);
    all.put("gsm8k", gsmItems);
    List<Transform> norm = Normalization.from(NormalizeSpec.defaults());
    System.out.printf("items: cmmlu %d, gsm8k %d; real docs: zh %d, en %d%n", cmmluItems.size(), gsmItems.size(),
        zh.size(), en.size());

    int[][] configs = args.length > 2 ? new int[][] {parse(args[2])}
        : new int[][] {{13, 13, 3, 0}, {13, 13, 1, 0}, {13, 13, 2, 0}, {13, 13, 5, 0}, {13, 13, 3, 10},
            {13, 13, 3, 20}, {13, 13, 3, 30}, {10, 13, 3, 0}, {8, 8, 3, 0}};
    for (int[] cfg : configs) {
      DecontaminateSpec spec = new DecontaminateSpec(List.of(cmmlu, gsm8k), cfg[0], cfg[1], null, cfg[2], null,
          cfg[3] / 100.0);
      long t0 = System.nanoTime();
      NgramIndex index = NgramIndex.build(all, spec, norm);
      double buildSec = (System.nanoTime() - t0) / 1e9;
      System.out.printf("%nngram_zh=%d ngram_en=%d min_matches=%d min_fraction=%.2f: index %d n-grams, %.1f MB, "
          + "built in %.1f s; %s%n", cfg[0], cfg[1], cfg[2], cfg[3] / 100.0, index.describe().get("ngrams"), index.bytes() / 1e6, buildSec,
          index.describe().get("benchmarks"));
      Decontaminator d = new Decontaminator(index, false);
      falsePositives("zh", zh, d);
      falsePositives("en", en, d);
      Random r = new Random(42);
      for (Layout layout : Layout.values()) {
        boolean english = layout == Layout.GSM_QUESTION_ANSWER || layout == Layout.GSM_QUESTION;
        List<BenchmarkItem> items = english ? gsmItems : cmmluItems;
        List<String> hosts = english ? en : zh;
        int caught = 0;
        int right = 0;
        for (int k = 0; k < PLANTS; k++) {
          BenchmarkItem item = items.get(r.nextInt(items.size()));
          String doc = plant(hosts.get(r.nextInt(hosts.size())), layout.render(item), r, norm);
          Decontaminator.Outcome o = d.process(doc);
          if (o != null) {
            caught++;
            right += o.detail().startsWith(item.id() + " ") ? 1 : 0;
          }
        }
        System.out.printf("  recall %-22s %5.1f%% (best-matching item is the planted one in %.1f%% of catches)%n",
            layout, 100.0 * caught / PLANTS, caught == 0 ? 0 : 100.0 * right / caught);
      }
      if (cfg[0] == 13 && cfg[2] == 3 && cfg[3] == 0) {
        throughput(d, zh, en);
      }
    }
  }

  /** {@code 13,13,3,0}: ngram_zh, ngram_en, min_matches, min_fraction in percent. */
  private static int[] parse(String cfg) {
    return java.util.Arrays.stream(cfg.split(",")).mapToInt(Integer::parseInt).toArray();
  }

  private static void falsePositives(String name, List<String> docs, Decontaminator d) {
    int flagged = 0;
    List<String> examples = new ArrayList<>();
    for (String doc : docs) {
      Decontaminator.Outcome o = d.process(doc);
      if (o != null) {
        flagged++;
        if (examples.size() < 5) {
          examples.add(o.detail());
        }
      }
    }
    System.out.printf("  false positives %s: %d of %d real docs (%.3f%%) %s%n", name, flagged, docs.size(),
        100.0 * flagged / docs.size(), examples);
  }

  private static void throughput(Decontaminator d, List<String> zh, List<String> en) {
    for (var e : Map.of("zh", zh, "en", en).entrySet()) {
      List<String> docs = e.getValue();
      double sec = BenchCorpus.bestNanos(() -> docs.forEach(d::process)) / 1e9;
      System.out.printf("  scan %s: %.0f docs/s, %.1f M chars/s on one core (avg doc %d chars)%n", e.getKey(),
          docs.size() / sec, BenchCorpus.chars(docs) / sec / 1e6, BenchCorpus.chars(docs) / docs.size());
    }
  }

  /** Inserts the item at a paragraph (or line) break of the host, normalized like the pipeline would. */
  private static String plant(String host, String item, Random r, List<Transform> norm) {
    List<Integer> breaks = new ArrayList<>();
    for (int i = host.indexOf('\n'); i >= 0; i = host.indexOf('\n', i + 1)) {
      breaks.add(i);
    }
    int at = breaks.isEmpty() ? host.length() : breaks.get(r.nextInt(breaks.size()));
    String doc = host.substring(0, at) + "\n" + item + "\n" + host.substring(at);
    for (Transform t : norm) {
      doc = t.apply(doc);
    }
    return doc;
  }

  /** How a leaked item is laid out in a document. */
  enum Layout {
    /** numbered question, one labelled option per line, answer line */
    EXAM_LINES,
    /** question with a blank and labelled options inline, full-width punctuation */
    EXAM_INLINE,
    /** the question alone */
    QUESTION_ONLY,
    /** GSM8K question and worked answer */
    GSM_QUESTION_ANSWER,
    /** GSM8K question alone */
    GSM_QUESTION;

    String render(BenchmarkItem item) {
      List<String> f = item.fields();
      return switch (this) {
        case EXAM_LINES -> "12. " + f.get(0) + "\nA. " + f.get(1) + "\nB. " + f.get(2) + "\nC. " + f.get(3)
            + "\nD. " + f.get(4) + "\n答案：略";
        case EXAM_INLINE -> f.get(0) + "（　　）Ａ．" + f.get(1) + "　Ｂ．" + f.get(2) + "　Ｃ．" + f.get(3) + "　Ｄ．"
            + f.get(4);
        case QUESTION_ONLY, GSM_QUESTION -> f.get(0);
        case GSM_QUESTION_ANSWER -> f.get(0) + "\n" + f.get(1);
      };
    }
  }
}
