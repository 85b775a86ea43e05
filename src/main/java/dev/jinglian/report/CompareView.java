package dev.jinglian.report;

import dev.jinglian.report.ReportData.Funnel;
import dev.jinglian.report.ReportData.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Two runs side by side: what changed in the recipe (every setting that differs), the headline numbers with their
 * change, documents removed per reason in each, then each run's own sections next to each other.
 */
public record CompareView(String labelA, String labelB, RunView a, RunView b, List<Change> recipeChanges,
    List<Metric> metrics, List<ReasonRow> reasons) {

  public record Change(String key, String a, String b) {}

  public record Metric(String label, String a, String b, String delta) {}

  public record ReasonRow(String reason, String stage, String a, String b, String delta) {}

  private static final String ABSENT = "(not set)";

  public static CompareView of(ReportData a, String labelA, ReportData b, String labelB) {
    List<Change> changes = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>(a.run().recipe().keySet());
    keys.addAll(b.run().recipe().keySet());
    for (String k : keys) {
      String va = a.run().recipe().getOrDefault(k, ABSENT);
      String vb = b.run().recipe().getOrDefault(k, ABSENT);
      if (!va.equals(vb)) {
        changes.add(new Change(k, va, vb));
      }
    }
    List<Metric> metrics = List.of(
        metric("records read", a.run().in().records(), b.run().in().records()),
        metric("quarantined", a.run().in().quarantined(), b.run().in().quarantined()),
        metric("documents in", a.run().in().docs(), b.run().in().docs()),
        metric("documents out", a.run().out().docs(), b.run().out().docs()),
        metric("tokens in", a.run().in().tokens(), b.run().in().tokens()),
        metric("tokens out", a.run().out().tokens(), b.run().out().tokens()),
        metric("shards", a.run().out().shards(), b.run().out().shards()));

    Funnel fa = RunView.total(a.funnel());
    Funnel fb = RunView.total(b.funnel());
    Map<String, long[]> byReason = new LinkedHashMap<>();
    Map<String, String> stages = new LinkedHashMap<>();
    for (Step s : fa.steps()) {
      byReason.computeIfAbsent(s.reason(), k -> new long[2])[0] += s.docs();
      stages.putIfAbsent(s.reason(), s.stage());
    }
    for (Step s : fb.steps()) {
      byReason.computeIfAbsent(s.reason(), k -> new long[2])[1] += s.docs();
      stages.putIfAbsent(s.reason(), s.stage());
    }
    List<ReasonRow> reasons = new ArrayList<>();
    byReason.forEach((r, v) -> reasons.add(new ReasonRow(r, stages.get(r),
        Fmt.count(v[0]) + " (" + Fmt.percent(v[0], fa.refined().docs()) + ")",
        Fmt.count(v[1]) + " (" + Fmt.percent(v[1], fb.refined().docs()) + ")", delta(v[0], v[1]))));
    return new CompareView(labelA, labelB, RunView.of(a), RunView.of(b), changes, metrics, reasons);
  }

  private static Metric metric(String label, long a, long b) {
    return new Metric(label, Fmt.count(a), Fmt.count(b), delta(a, b));
  }

  /** B − A, signed, with the relative change when A is not zero. */
  static String delta(long a, long b) {
    long d = b - a;
    if (d == 0) {
      return "=";
    }
    String abs = (d > 0 ? "+" : "−") + Fmt.count(Math.abs(d));
    return a == 0 ? abs : abs + " (" + (d > 0 ? "+" : "−") + Fmt.percent(Math.abs(d), a) + ")";
  }
}
