package dev.jinglian.report;

import dev.jinglian.filter.Threshold;
import dev.jinglian.report.ReportData.Amount;
import dev.jinglian.report.ReportData.Histogram;
import dev.jinglian.report.ReportData.Sample;
import dev.jinglian.report.ReportData.Series;
import java.util.List;
import java.util.Map;

/** Hand-made report data for rendering tests (no Spark): every string can be set to hostile markup. */
final class ReportDataFixture {
  private ReportDataFixture() {}

  static ReportData with(String s, Map<String, String> recipe, long removed) {
    Histogram h = new Histogram("linear", new double[] {0, 0.5, 1}, List.of(new Series("in", new long[] {3, 7}),
        new Series("out", new long[] {1, 6})));
    Sample sample = new Sample(s, s, s, 12, s, 900, s);
    Histogram split = new Histogram("linear", new double[] {0, 0.5, 1}, List.of(
        new Series("kept", new long[] {1, 6}), new Series("this_rule", new long[] {2, 0}),
        new Series("other_rules", new long[] {0, 1})));
    ReportData.SignalPlot signal = new ReportData.SignalPlot(s, s, 0, 1, List.of(Threshold.min(s, 0.25)), split);
    return new ReportData(ReportData.FORMAT,
        new ReportData.Run(s, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "0.1.0", s,
            List.of(new ReportData.Source(s, "jsonl", s, 1)), new ReportData.In(11, 1, 10, 1000),
            new ReportData.Out(1, 10 - removed, 900, 4096), List.of(new ReportData.StageTime(s, 1200),
                new ReportData.StageTime("total", 1500)),
            List.of(new ReportData.Budget(s, s, 2000L, 900)), recipe),
        List.of(new ReportData.Funnel(s, 11, 1, new Amount(10, 1000),
            List.of(new ReportData.Step(s, s, removed, 100)), new Amount(10 - removed, 900))),
        new ReportData.Distributions(List.of(new ReportData.LanguageCount(s, 10, 7, 1000, 900)), h, h,
            List.of(signal)),
        new ReportData.Samples(List.of(new ReportData.ReasonSamples(s, s, removed, List.of(sample))),
            List.of(new ReportData.SourceSamples(s, List.of(sample)))),
        List.of(new ReportData.EditCount(s, 2, 3), new ReportData.EditCount("pii_email", 1, 1)),
        new ReportData.Dedup(true, h, List.of(new ReportData.Cluster(4, sample, List.of(sample))), List.of()),
        new ReportData.Decontam(Map.of(s, 2L)));
  }
}
