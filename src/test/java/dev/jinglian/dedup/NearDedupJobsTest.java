package dev.jinglian.dedup;

import static dev.jinglian.dedup.DedupFixture.doc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jinglian.dedup.DedupFixture.Doc;
import dev.jinglian.job.GlobalStage;
import dev.jinglian.job.RunLayout;
import dev.jinglian.job.StageContext;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.testing.SharedSpark;
import dev.jinglian.util.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Near dedup launches few Spark jobs: each job costs scheduling and, on a cluster, a wave of task launches, so
 * counts ride along with the writes (observed metrics, Parquet footers) and the component rounds need no
 * separate convergence check.
 */
class NearDedupJobsTest {
  @TempDir
  Path tmp;

  @Test
  void aChainNeedingSeveralComponentRoundsRunsInFewJobs() throws Exception {
    // a chain of six documents, each a small edit of the previous one, plus unrelated documents
    List<Doc> docs = new ArrayList<>();
    String text = NearDedupStageTest.english(7, 400);
    for (int i = 0; i < 6; i++) {
      docs.add(doc("web", "chain" + i, text));
      text = NearDedupStageTest.editWords(text, 17 * i, 150, "e" + i);
    }
    for (int i = 0; i < 4; i++) {
      docs.add(doc("web", "other" + i, NearDedupStageTest.english(100 + i, 400)));
    }
    Recipe recipe = DedupFixture.recipe("dedup: {exact: {enabled: false}}\n", "web");
    SparkSession spark = SharedSpark.get();
    RunLayout layout = new RunLayout(tmp.toString(), spark.sparkContext().hadoopConfiguration());
    layout.prepare(false, List.of(), List.of());
    var input = DedupFixture.table(docs).cache();
    input.count();
    AtomicInteger jobs = new AtomicInteger();
    SparkListener counter = new SparkListener() {
      @Override
      public void onJobStart(SparkListenerJobStart start) {
        jobs.incrementAndGet();
      }
    };
    spark.sparkContext().addSparkListener(counter);
    GlobalStage.Result r;
    try {
      r = new NearDedupStage(recipe.dedup().near()).apply(input, new StageContext(spark, recipe, layout));
      spark.sparkContext().listenerBus().waitUntilEmpty();
    } finally {
      spark.sparkContext().removeSparkListener(counter);
    }
    assertThat(r.rejected().count()).isEqualTo(5);
    JsonNode near = Json.MAPPER.readTree(tmp.resolve("_staging/stats/dedup_stages.json").toFile()).get("near");
    System.err.printf("near dedup: %d Spark jobs, %d component rounds%n", jobs.get(),
        near.get("component_rounds").asInt());
    assertThat(near.get("clusters").get("docs_in").asLong()).isEqualTo(10);
    // 45 jobs before counts rode along with the writes and convergence was checked by the scans (1 round + 1
    // check then, 2 rounds now); with AQE every shuffle of an action is a job of its own
    assertThat(jobs.get()).isLessThanOrEqualTo(36);
    input.unpersist();
  }
}
