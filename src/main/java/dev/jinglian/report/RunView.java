package dev.jinglian.report;

import dev.jinglian.report.HistogramChart.Style;
import dev.jinglian.report.ReportData.Budget;
import dev.jinglian.report.ReportData.Funnel;
import dev.jinglian.report.ReportData.LanguageCount;
import dev.jinglian.report.ReportData.Sample;
import dev.jinglian.report.ReportData.SignalPlot;
import dev.jinglian.report.ReportData.StageTime;
import dev.jinglian.report.ReportData.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the templates show for one run, derived from {@link ReportData} alone: formatted numbers, the charts as
 * SVG (the only markup not escaped by the template engine; see {@link Svg}) and the "things to look at" list.
 * Field names ending in {@code Svg} are the only ones the templates insert unescaped.
 */
public record RunView(
    String recipeName, String sha, String shaShort, String version, String tokenizer,
    List<Card> cards, List<String> flags, List<SourceRow> sources, List<BudgetRow> budgets, boolean hasTargets,
    String stagesSvg, List<FunnelView> funnels, String reasonsSvg,
    String languagesSvg, String langScoreSvg, String tokensSvg, List<SignalView> signals,
    List<EditRow> edits, DedupView dedup, DecontamView decontam, List<KeywordsView> keywords,
    List<ReasonSamplesView> rejectedSamples, List<SourceSamplesView> keptSamples, List<Setting> recipe) {

  /** A rule removing more than this share of a source's documents is listed under "things to look at". */
  static final double HEAVY_RULE = 0.5;
  static final double HEAVY_QUARANTINE = 0.01;
  static final double LOW_BUDGET = 0.9;

  static final List<Style> IN_OUT = List.of(
      new Style(DistributionGatherer.IN, "in (reached cleaning)", "in"),
      new Style(DistributionGatherer.OUT, "out (in the shards)", "out"));

  public record Card(String label, String value, String sub) {}

  public record SourceRow(String name, String format, String path, String files, String read, String quarantined,
      String docsIn, String tokensIn, String docsOut, String tokensOut, String keptShare) {}

  public record BudgetRow(String source, String stage, String target, String achieved, String share) {}

  public record FunnelView(String source, String svg) {}

  public record SignalView(String signal, String family, String thresholds, String range, String svg) {}

  public record EditRow(String kind, String docs, String edits, boolean pii) {}

  public record CountRow(String label, String docs) {}

  /** One source's keyword table. */
  public record KeywordsView(String source, List<CountRow> rows) {}

  /** @param boilerplate most frequent boilerplate lines removed (text, documents), empty when not run */
  public record DedupView(boolean ran, boolean reported, List<CountRow> reasons, String sizesSvg,
      List<ClusterView> clusters, List<CountRow> boilerplate) {}

  public record ClusterView(String size, SampleView kept, List<SampleView> dropped) {}

  public record DecontamView(boolean ran, List<CountRow> reasons, List<CountRow> benchmarks) {}

  public record ReasonSamplesView(String reason, String stage, String docs, List<SampleView> samples) {}

  public record SourceSamplesView(String source, String docs, List<SampleView> samples) {}

  public record SampleView(String id, String source, String lang, String tokens, String detail, String text,
      String cut) {}

  public record Setting(String key, String value) {}

  public static RunView of(ReportData d) {
    ReportData.Run run = d.run();
    Map<String, Funnel> funnels = new LinkedHashMap<>();
    d.funnel().forEach(f -> funnels.put(f.source(), f));
    Funnel all = total(d.funnel());
    long total = run.stages().stream().filter(t -> t.stage().equals("total")).mapToLong(StageTime::millis)
        .findFirst().orElse(0);

    List<Card> cards = List.of(
        new Card("Documents in", Fmt.count(run.in().docs()), Fmt.count(run.in().records()) + " records read, "
            + Fmt.count(run.in().quarantined()) + " quarantined"),
        new Card("Documents out", Fmt.count(run.out().docs()), Fmt.percent(run.out().docs(), run.in().docs())
            + " of documents in"),
        new Card("Tokens in", Fmt.compact(run.in().tokens()), Fmt.count(run.in().tokens()) + " " + run.tokenizer()),
        new Card("Tokens out", Fmt.compact(run.out().tokens()), Fmt.percent(run.out().tokens(), run.in().tokens())
            + " of tokens in"),
        new Card("Removed", Fmt.count(all.refined().docs() - all.kept().docs()),
            "documents, by " + all.steps().size() + " reason" + (all.steps().size() == 1 ? "" : "s")),
        new Card("Shards", Fmt.count(run.out().shards()), Fmt.bytes(run.out().bytes()) + " · wall "
            + Fmt.millis(total)));

    List<SourceRow> sources = new ArrayList<>();
    for (ReportData.Source s : run.sources()) {
      Funnel f = funnels.get(s.name());
      sources.add(new SourceRow(s.name(), s.format(), s.path(), Fmt.count(s.files()), Fmt.count(f.read()),
          Fmt.count(f.quarantined()), Fmt.count(f.refined().docs()), Fmt.count(f.refined().tokens()),
          Fmt.count(f.kept().docs()), Fmt.count(f.kept().tokens()), Fmt.percent(f.kept().tokens(),
              f.refined().tokens())));
    }
    List<BudgetRow> budgets = new ArrayList<>();
    boolean hasTargets = false;
    for (Budget b : run.budgets()) {
      hasTargets |= b.targetTokens() != null;
      budgets.add(new BudgetRow(b.source(), b.stage() == null ? "(all)" : b.stage(),
          b.targetTokens() == null ? "no target" : Fmt.count(b.targetTokens()), Fmt.count(b.achievedTokens()),
          b.targetTokens() == null ? "–" : Fmt.percent(b.achievedTokens(), b.targetTokens())));
    }

    List<FunnelView> funnelViews = new ArrayList<>();
    if (d.funnel().size() > 1) {
      funnelViews.add(new FunnelView("all sources", FunnelChart.render(all)));
    }
    d.funnel().forEach(f -> funnelViews.add(new FunnelView(f.source(), FunnelChart.render(f))));

    return new RunView(run.recipeName(), run.recipeSha256(), run.recipeSha256().substring(0, 12),
        run.jinglianVersion(), run.tokenizer(), cards, flags(d), sources, budgets, hasTargets,
        stagesChart(run.stages()), funnelViews, reasonsChart(all), languagesChart(d.distributions().languages()),
        HistogramChart.render("language score", "language-identification score", d.distributions().langScore(),
            IN_OUT, HistogramChart.Mode.OVERLAID, List.of()),
        HistogramChart.render("document length", "tokens per document (log scale)", d.distributions().tokens(),
            IN_OUT, HistogramChart.Mode.OVERLAID, List.of()),
        d.distributions().signals().stream().map(RunView::signal).toList(),
        d.edits().stream().map(e -> new EditRow(e.kind(), Fmt.count(e.docs()), Fmt.count(e.edits()),
            e.kind().startsWith("pii"))).toList(),
        dedup(d, all), decontam(d, all),
        d.keywords() == null ? List.of() : d.keywords().stream().map(k -> new KeywordsView(k.source(),
            k.top().stream().map(c -> new CountRow(c.keyword(), Fmt.count(c.docs()))).toList())).toList(),
        d.samples().rejected().stream().map(r -> new ReasonSamplesView(r.reason(), r.stage(), Fmt.count(r.docs()),
            r.samples().stream().map(RunView::sample).toList())).toList(),
        d.samples().kept().stream().map(s -> new SourceSamplesView(s.source(),
            Fmt.count(funnels.get(s.source()) == null ? 0 : funnels.get(s.source()).kept().docs()),
            s.samples().stream().map(RunView::sample).toList())).toList(),
        run.recipe().entrySet().stream().map(e -> new Setting(e.getKey(), e.getValue())).toList());
  }

  /** The funnels of all sources summed, steps in the order they first appear. */
  static Funnel total(List<Funnel> funnels) {
    Map<String, Step> steps = new LinkedHashMap<>();
    long read = 0;
    long quarantined = 0;
    long[] refined = new long[2];
    long[] kept = new long[2];
    for (Funnel f : funnels) {
      read += f.read();
      quarantined += f.quarantined();
      refined[0] += f.refined().docs();
      refined[1] += f.refined().tokens();
      kept[0] += f.kept().docs();
      kept[1] += f.kept().tokens();
      for (Step s : f.steps()) {
        steps.merge(s.stage() + "\u0000" + s.reason(), s,
            (a, b) -> new Step(a.stage(), a.reason(), a.docs() + b.docs(), a.tokens() + b.tokens()));
      }
    }
    List<Step> ordered = new ArrayList<>(steps.values());
    List<String> order = new ArrayList<>();
    funnels.forEach(f -> f.steps().forEach(s -> order.add(s.stage() + "\u0000" + s.reason())));
    ordered.sort(java.util.Comparator.comparingInt(s -> order.indexOf(s.stage() + "\u0000" + s.reason())));
    return new Funnel("all sources", read, quarantined, new ReportData.Amount(refined[0], refined[1]), ordered,
        new ReportData.Amount(kept[0], kept[1]));
  }

  private static List<String> flags(ReportData d) {
    List<String> flags = new ArrayList<>();
    for (Funnel f : d.funnel()) {
      if (f.read() > 0 && f.quarantined() > HEAVY_QUARANTINE * f.read()) {
        flags.add("Source " + f.source() + ": " + Fmt.percent(f.quarantined(), f.read())
            + " of records could not be read (see quarantine/ for file, line and error).");
      }
      if (f.refined().docs() > 0 && f.kept().docs() == 0) {
        flags.add("Source " + f.source() + ": no document was kept.");
      }
      for (Step s : f.steps()) {
        if (s.docs() > HEAVY_RULE * f.refined().docs()) {
          flags.add(s.reason() + " removed " + Fmt.percent(s.docs(), f.refined().docs()) + " of source "
              + f.source() + " — check its threshold against the plot and the samples below.");
        }
      }
    }
    for (Budget b : d.run().budgets()) {
      if (b.targetTokens() != null && b.achievedTokens() < LOW_BUDGET * b.targetTokens()) {
        flags.add("Source " + b.source() + " reached " + Fmt.percent(b.achievedTokens(), b.targetTokens())
            + " of its token target.");
      }
    }
    return flags;
  }

  private static String stagesChart(List<StageTime> stages) {
    List<BarChart.Bar> bars = new ArrayList<>();
    for (StageTime t : stages) {
      if (!t.stage().equals("total")) {
        bars.add(new BarChart.Bar(t.stage(), new long[] {t.millis()}, Fmt.millis(t.millis()),
            t.stage() + ": " + Fmt.millis(t.millis())));
      }
    }
    return BarChart.render("wall time per stage", bars, List.of(new Style("time", "wall time", "time")));
  }

  private static String reasonsChart(Funnel all) {
    List<BarChart.Bar> bars = new ArrayList<>();
    if (all.quarantined() > 0) {
      bars.add(new BarChart.Bar("quarantined", new long[] {all.quarantined()}, Fmt.count(all.quarantined())
          + " (" + Fmt.percent(all.quarantined(), all.read()) + ")", "unreadable records"));
    }
    for (Step s : all.steps()) {
      bars.add(new BarChart.Bar(s.reason(), new long[] {s.docs()}, Fmt.count(s.docs()) + " ("
          + Fmt.percent(s.docs(), all.read()) + ")", s.stage() + " · " + s.reason() + ": " + Fmt.count(s.docs())
          + " docs, " + Fmt.count(s.tokens()) + " tokens"));
    }
    return BarChart.render("documents removed, by reason", bars,
        List.of(new Style("removed", "documents removed (share of records read)", "removed")));
  }

  private static String languagesChart(List<LanguageCount> langs) {
    List<BarChart.Bar> bars = new ArrayList<>();
    for (LanguageCount l : langs) {
      bars.add(new BarChart.Bar(l.lang(), new long[] {l.inDocs(), l.outDocs()},
          Fmt.count(l.outDocs()) + " / " + Fmt.count(l.inDocs()) + " docs",
          l.lang() + ": " + Fmt.count(l.inDocs()) + " docs in, " + Fmt.count(l.outDocs()) + " out; "
              + Fmt.count(l.inTokens()) + " tokens in, " + Fmt.count(l.outTokens()) + " out"));
    }
    return BarChart.render("documents per language", bars, IN_OUT);
  }

  private static SignalView signal(SignalPlot p) {
    List<Style> styles = List.of(
        new Style(DistributionGatherer.KEPT, "kept by the filters", "kept"),
        new Style(DistributionGatherer.THIS_RULE, "dropped by " + p.family(), "this-rule"),
        new Style(DistributionGatherer.OTHER_RULES, "dropped by another rule", "other-rules"));
    String thresholds = p.thresholds().isEmpty() ? "no threshold"
        : String.join(", ", p.thresholds().stream().map(t -> (t.bound().name().equals("MIN") ? "keep ≥ " : "keep ≤ ")
            + Fmt.value(t.value())).toList());
    return new SignalView(p.signal(), p.family(), thresholds,
        "observed " + Fmt.value(p.min()) + " … " + Fmt.value(p.max()),
        HistogramChart.render(p.signal(), p.signal() + (p.histogram().scale().equals("log") ? " (log scale)" : ""),
            p.histogram(), styles, HistogramChart.Mode.STACKED, p.thresholds()));
  }

  private static DedupView dedup(ReportData d, Funnel all) {
    List<CountRow> reasons = stageRows(all, ReportGatherer.DEDUP_PREFIX);
    if (d.dedup() == null) {
      return new DedupView(false, false, reasons, null, List.of(), List.of());
    }
    String svg = d.dedup().reported() ? HistogramChart.render("duplicate cluster sizes",
        "documents per cluster (log scale)", d.dedup().clusterSizes(),
        List.of(new Style("clusters", "clusters", "out")), HistogramChart.Mode.STACKED, List.of()) : null;
    List<ClusterView> clusters = d.dedup().largest().stream().map(c -> new ClusterView(Fmt.count(c.size()),
        sample(c.kept()), c.dropped().stream().map(RunView::sample).toList())).toList();
    List<CountRow> boilerplate = d.dedup().boilerplate().stream()
        .map(b -> new CountRow(b.text() == null ? "(no example)" : b.text(), Fmt.count(b.documents()))).toList();
    return new DedupView(true, d.dedup().reported(), reasons, svg, clusters, boilerplate);
  }

  private static DecontamView decontam(ReportData d, Funnel all) {
    List<CountRow> reasons = stageRows(all, ReportGatherer.DECONTAM_PREFIX);
    if (d.decontam() == null) {
      return new DecontamView(false, reasons, List.of());
    }
    List<CountRow> benchmarks = d.decontam().byBenchmark().entrySet().stream()
        .map(e -> new CountRow(e.getKey(), Fmt.count(e.getValue()))).toList();
    return new DecontamView(true, reasons, benchmarks);
  }

  private static List<CountRow> stageRows(Funnel all, String stagePrefix) {
    return all.steps().stream().filter(s -> s.stage().startsWith(stagePrefix))
        .map(s -> new CountRow(s.reason(), Fmt.count(s.docs()))).toList();
  }

  private static SampleView sample(Sample s) {
    int shown = s.text() == null ? 0 : s.text().codePointCount(0, s.text().length());
    String cut = s.chars() > shown ? "first " + Fmt.count(shown) + " of " + Fmt.count(s.chars()) + " characters"
        : "";
    return new SampleView(s.id(), s.source(), s.lang() == null ? "?" : s.lang(), Fmt.count(s.tokens()),
        s.detail() == null ? "" : s.detail(), s.text(), cut);
  }
}
