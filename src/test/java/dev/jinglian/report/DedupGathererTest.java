package dev.jinglian.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.report.ReportData.Sample;
import dev.jinglian.stats.DedupStats;
import dev.jinglian.stats.DedupStats.DocRef;
import dev.jinglian.testing.SharedSpark;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The dedup section from a stage's {@code stats/dedup.json}: sizes binned, and the documents of the largest
 * clusters looked up by (source, id) in the run's shards and rejected output.
 */
class DedupGathererTest {
  @Test
  void binsClusterSizesAndFindsTheTextOfTheLargestClusters() throws Exception {
    Path run = SampleRun.a();
    ReportData data = RunReport.read(run);
    Sample kept = data.samples().kept().get(0).samples().get(0);
    Sample dropped = data.samples().rejected().get(0).samples().get(0);
    DedupStats stats = new DedupStats(Map.of(2L, 10L, 3L, 2L, 40L, 1L), List.of(
        new DedupStats.Cluster(3, new DocRef(kept.source(), kept.id()),
            List.of(new DocRef(dropped.source(), dropped.id()), new DocRef("zh", "no-such-id"))),
        new DedupStats.Cluster(40, new DocRef(kept.source(), kept.id()), List.of())),
        List.of(new DedupStats.Boilerplate("版权所有 © 2020 新浪网", 812)));
    Dataset<Row> shards = SharedSpark.get().read().parquet(run.resolve("shards").toString());
    Dataset<Row> rejected = SharedSpark.get().read().parquet(run.resolve("rejected").toString());

    ReportData.Dedup d = DedupGatherer.gather(stats, shards, rejected);

    assertThat(d.reported()).isTrue();
    long clusters = d.clusterSizes().series().get(0).counts().length == 0 ? 0
        : Arrays.stream(d.clusterSizes().series().get(0).counts()).sum();
    assertThat(clusters).isEqualTo(13);
    assertThat(d.clusterSizes().edges()[0]).isEqualTo(2);
    assertThat(d.largest()).extracting(ReportData.Cluster::size).containsExactly(40L, 3L);
    ReportData.Cluster three = d.largest().get(1);
    assertThat(three.kept().text()).isEqualTo(kept.text());
    assertThat(three.dropped().get(0).text()).isEqualTo(dropped.text());
    assertThat(three.dropped().get(0).detail()).isEqualTo(dropped.detail());
    assertThat(three.dropped().get(1).detail()).isEqualTo("not found in the run's outputs");

    String html = ReportPage.render(new ReportData(data.format(), data.run(), data.funnel(), data.distributions(),
        data.samples(), data.edits(), d, data.decontam()));
    assertThat(html).contains("Largest duplicate clusters").contains("cluster of 40 documents")
        .contains("aria-label=\"duplicate cluster sizes\"")
        .contains("Most frequent boilerplate lines removed").contains("<code>版权所有 © 2020 新浪网</code>");
    assertThat(d.boilerplate()).containsExactly(new DedupStats.Boilerplate("版权所有 © 2020 新浪网", 812));
  }

  @Test
  void aDedupStageWithoutStatsIsShownAsRunButNotReported() {
    ReportData.Dedup d = DedupGatherer.gather(null, null, null);
    assertThat(d.reported()).isFalse();
    assertThat(d.largest()).isEmpty();
  }
}
