package dev.jinglian.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jinglian.doc.Columns;
import dev.jinglian.filter.DocumentFilter;
import dev.jinglian.job.DocumentRefiner;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.report.ReportData.Amount;
import dev.jinglian.report.ReportData.Budget;
import dev.jinglian.report.ReportData.EditCount;
import dev.jinglian.report.ReportData.Funnel;
import dev.jinglian.report.ReportData.ReasonSamples;
import dev.jinglian.report.ReportData.Sample;
import dev.jinglian.report.ReportData.SourceSamples;
import dev.jinglian.report.ReportData.StageTime;
import dev.jinglian.report.ReportData.Step;
import dev.jinglian.recipe.SourceSpec;
import dev.jinglian.shard.Manifest;
import dev.jinglian.stats.Counts;
import dev.jinglian.stats.DecontamStats;
import dev.jinglian.stats.DedupStats;
import dev.jinglian.stats.RunStats;
import dev.jinglian.stats.SourceFunnel;
import dev.jinglian.util.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Gathers {@link ReportData} for a finished run on Spark. Every number is an aggregation on the executors; what
 * reaches the driver is bounded (bins, a few samples per reason and source), whatever the corpus size.
 */
public final class ReportGatherer {
  /** Stage names whose prefix marks them as deduplication / decontamination for the report's sections. */
  static final String DEDUP_PREFIX = "dedup";
  static final String DECONTAM_PREFIX = "decontam";
  static final String UNKNOWN_STAGE = "(unknown)";

  private ReportGatherer() {}

  /**
   * What a report is gathered from.
   *
   * @param stages wall time per stage, in run order (global stages by their {@code name()})
   * @param refined the work table's documents (quarantined rows excluded), with their per-document reasons
   * @param kept the shards
   * @param rejected the rejected output (id, source, stage, reason, detail, lang, tokens, text)
   * @param dedup the dedup stage's {@code stats/dedup.json}, or null
   * @param decontam the decontamination stage's {@code stats/decontam.json}, or null
   */
  public record Inputs(Recipe recipe, RunStats stats, Manifest manifest, List<StageTime> stages,
      Dataset<Row> refined, Dataset<Row> kept, Dataset<Row> rejected, DedupStats dedup, DecontamStats decontam) {}

  public static ReportData gather(Inputs in) {
    Recipe recipe = in.recipe();
    List<DocumentFilter> filters = recipe.filters().buildEnabled();
    Map<String, String> stageOfReason = new LinkedHashMap<>();
    Map<String, Long> docsByReason = new LinkedHashMap<>();
    for (Row r : in.rejected().groupBy(col(Columns.STAGE), col(Columns.REASON)).agg(count(lit(1)))
        .orderBy(col(Columns.STAGE), col(Columns.REASON)).collectAsList()) {
      stageOfReason.put(r.getString(1), r.getString(0));
      docsByReason.put(r.getString(1), r.getLong(2));
    }
    List<String> stageOrder = stageOrder(in.stages(), stageOfReason);

    Map<String, List<Sample>> byReason = SampleGatherer.sample(in.rejected(), col(Columns.REASON), docsByReason,
        recipe.seed(), true);
    List<ReasonSamples> rejectedSamples = new ArrayList<>();
    for (String reason : orderedReasons(stageOfReason, stageOrder)) {
      rejectedSamples.add(new ReasonSamples(stageOfReason.get(reason), reason, docsByReason.get(reason),
          byReason.getOrDefault(reason, List.of())));
    }
    Map<String, Long> keptBySource = new TreeMap<>();
    in.stats().sources().forEach((s, f) -> keptBySource.put(s, f.kept().docs()));
    Map<String, List<Sample>> bySource = SampleGatherer.sample(in.kept(), col(Columns.SOURCE), keptBySource,
        recipe.seed(), false);
    List<SourceSamples> keptSamples = new ArrayList<>();
    for (SourceSpec s : recipe.sources()) {
      keptSamples.add(new SourceSamples(s.name(), bySource.getOrDefault(s.name(), List.of())));
    }

    boolean dedupRan = ran(DEDUP_PREFIX, in.stages(), stageOfReason) || in.dedup() != null;
    boolean decontamRan = ran(DECONTAM_PREFIX, in.stages(), stageOfReason) || in.decontam() != null;
    return new ReportData(ReportData.FORMAT,
        run(in),
        funnels(in, stageOfReason, stageOrder),
        DistributionGatherer.gather(in.refined(), in.kept(), filters),
        new ReportData.Samples(rejectedSamples, keptSamples),
        edits(in.stats()),
        dedupRan ? DedupGatherer.gather(in.dedup(), in.kept(), in.rejected()) : null,
        decontamRan ? new ReportData.Decontam(in.decontam() == null ? Map.of()
            : new TreeMap<>(in.decontam().byBenchmark())) : null,
        KeywordGatherer.gather(in.kept(), recipe.sources().stream().map(SourceSpec::name).toList()));
  }

  private static ReportData.Run run(Inputs in) {
    Recipe recipe = in.recipe();
    Manifest m = in.manifest();
    List<ReportData.Source> sources = new ArrayList<>();
    List<Budget> budgets = new ArrayList<>();
    long records = 0;
    long quarantined = 0;
    Counts refined = Counts.ZERO;
    for (SourceSpec s : recipe.sources()) {
      SourceFunnel f = in.stats().source(s.name());
      sources.add(new ReportData.Source(s.name(), s.format().key(), s.path(), f.files()));
      records += f.read();
      quarantined += f.quarantined();
      refined = refined.plus(f.refined());
      Manifest.SourceSummary summary = m.sources().get(s.name());
      if (summary != null) {
        budgets.add(new Budget(s.name(), null, summary.targetTokens(), summary.achievedTokens()));
      }
    }
    return new ReportData.Run(m.recipeName(), m.recipeSha256(), m.jinglianVersion(), m.tokenizer().encoding(),
        sources, new ReportData.In(records, quarantined, refined.docs(), refined.tokens()),
        new ReportData.Out(m.totals().shards(), m.totals().docs(), m.totals().tokens(), m.totals().bytes()),
        in.stages(), budgets, flatten(Json.MAPPER.valueToTree(recipe)));
  }

  /** The recipe as {@code dotted.key → value}, lists as {@code key[i]}; keys sorted (the JSON writer's order). */
  static Map<String, String> flatten(JsonNode node) {
    Map<String, String> out = new TreeMap<>();
    flatten("", node, out);
    return out;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + "[" + i + "]", node.get(i), out);
      }
      if (node.isEmpty()) {
        out.put(prefix, "[]");
      }
    } else {
      out.put(prefix, node.isNull() ? "null" : node.asText());
    }
  }

  /** normalize, filter, then the global stages in run order, then any stage not known (alphabetically). */
  private static List<String> stageOrder(List<StageTime> stages, Map<String, String> stageOfReason) {
    List<String> order = new ArrayList<>(List.of(DocumentRefiner.STAGE_NORMALIZE, DocumentRefiner.STAGE_FILTER));
    stages.forEach(t -> order.add(t.stage()));
    for (String s : new TreeSet<>(stageOfReason.values())) {
      if (!order.contains(s)) {
        order.add(s);
      }
    }
    return order;
  }

  private static List<String> orderedReasons(Map<String, String> stageOfReason, List<String> stageOrder) {
    return stageOfReason.keySet().stream()
        .sorted(Comparator.comparingInt((String r) -> stageOrder.indexOf(stageOfReason.get(r)))
            .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  private static boolean ran(String prefix, List<StageTime> stages, Map<String, String> stageOfReason) {
    return stages.stream().anyMatch(t -> t.stage().startsWith(prefix))
        || stageOfReason.values().stream().anyMatch(s -> s.startsWith(prefix));
  }

  private static List<Funnel> funnels(Inputs in, Map<String, String> stageOfReason, List<String> stageOrder) {
    List<Funnel> out = new ArrayList<>();
    List<String> reasons = new ArrayList<>(orderedReasons(stageOfReason, stageOrder));
    for (SourceSpec s : in.recipe().sources()) {
      SourceFunnel f = in.stats().source(s.name());
      List<Step> steps = new ArrayList<>();
      for (String reason : reasons) {
        Counts c = f.rejectedByReason().get(reason);
        if (c != null && c.docs() > 0) {
          steps.add(new Step(stageOfReason.get(reason), reason, c.docs(), c.tokens()));
        }
      }
      for (Map.Entry<String, Counts> e : f.rejectedByReason().entrySet()) {
        if (!stageOfReason.containsKey(e.getKey()) && e.getValue().docs() > 0) {
          // counted by the stats but absent from rejected/: shown rather than lost
          steps.add(new Step(UNKNOWN_STAGE, e.getKey(), e.getValue().docs(), e.getValue().tokens()));
        }
      }
      out.add(new Funnel(s.name(), f.read(), f.quarantined(), amount(f.refined()), steps, amount(f.kept())));
    }
    return out;
  }

  private static Amount amount(Counts c) {
    return new Amount(c.docs(), c.tokens());
  }

  /** Edits by kind over every document that reached cleaning: documents touched and edits in all. */
  private static List<EditCount> edits(RunStats stats) {
    List<EditCount> out = new ArrayList<>();
    stats.editsByKind().forEach((kind, c) -> out.add(new EditCount(kind, c.docs(), c.edits())));
    return out;
  }
}
