package dev.jinglian.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.jinglian.doc.Columns;
import dev.jinglian.job.GlobalStage;
import dev.jinglian.job.StageContext;
import dev.jinglian.recipe.SourceSpec;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * MinHash LSH near-duplicate removal over the whole corpus:
 * <ol>
 *   <li>one pass over the documents computes each one's LSH band keys ({@link Signatures}) and gives it a node
 *       number; checkpointed, so the texts are read once (and again only for candidates, to verify them);</li>
 *   <li>(band key, node) rows are shuffled by key and each bucket is streamed in node order: every member links
 *       to the bucket's smallest node, so a bucket of m documents gives m − 1 edges, never m²/2 pairs;</li>
 *   <li>each candidate edge is verified by the true Jaccard similarity of the two shingle sets (unless the recipe
 *       turns verification off);</li>
 *   <li>connected components of the edges ({@link ConnectedComponents}) are the duplicate clusters, so a chain
 *       A~B~C is one cluster even when A and C are not similar;</li>
 *   <li>each cluster keeps one document by the recipe's {@link KeepRule}; the rest are rejected as
 *       {@code dedup/near} with the survivor in {@code detail}.</li>
 * </ol>
 * Only small aggregates reach the driver (counts and the cluster-size histogram); counts are observed while the
 * checkpoints are written, so they cost no Spark job of their own.
 */
public final class NearDedupStage implements GlobalStage {
  private static final String WITHOUT_SHINGLES = "without_shingles";
  private final NearDedupSpec spec;

  public NearDedupStage(NearDedupSpec spec) {
    this.spec = spec;
  }

  @Override
  public String name() {
    return "dedup_near";
  }

  @Override
  public Result resume(Dataset<Row> kept, StageContext context) {
    return DuplicateRemoval.resume(kept, context.layout().stageWork(name()), DedupReason.NEAR);
  }

  @Override
  public Result apply(Dataset<Row> kept, StageContext context) {
    Path work = context.layout().stageWork(name());
    Signatures signatures = new Signatures(spec);
    Checkpoints.Saved signed = Checkpoints.saveCounted(kept
        .select(col(Columns.SOURCE), col(Columns.ID), length(col(Columns.TEXT)).as(KeepRule.CHARS),
            col(Columns.TEXT), monotonically_increasing_id().as(Signatures.NODE))
        .mapPartitions((MapPartitionsFunction<Row, Row>) signatures::apply, Encoders.row(Signatures.SCHEMA)),
        new Path(work, "signatures"), sum(when(size(col(Signatures.BANDS)).equalTo(0), 1).otherwise(0))
            .as(WITHOUT_SHINGLES));
    Dataset<Row> docs = signed.data();

    Dataset<Row> buckets = docs.select(explode(col(Signatures.BANDS)).as("bucket"), col(Signatures.NODE));
    Checkpoints.Saved candidates = Checkpoints.saveCounted(
        Edges.scanGroups(buckets, SortedGroupScan.Rule.BUCKET_TO_MIN, null).distinct(), new Path(work, "candidates"));
    Dataset<Row> edges = candidates.data();
    Long verified = null;
    if (spec.verify()) {
      Checkpoints.Saved similar = Verification.keepSimilar(edges, docs, kept, Shingler.of(spec), spec.threshold(),
          new Path(work, "verified"));
      edges = similar.data();
      verified = similar.rows();
    }

    ConnectedComponents.Labels cc = ConnectedComponents.run(edges, new Path(work, "components"),
        context.layout().fs());
    Dataset<Row> members = cc.labels()
        .join(docs.select(col(Signatures.NODE).as(ConnectedComponents.NODE), col(Columns.SOURCE), col(Columns.ID),
            col(KeepRule.CHARS)), ConnectedComponents.NODE);
    List<String> sources = context.recipe().sources().stream().map(SourceSpec::name).toList();
    Clusters.Resolution r = Clusters.resolve(members, List.of(ConnectedComponents.ROOT), spec.keep(), sources,
        work);
    Dataset<Row> removed = Checkpoints.save(r.removed(), DuplicateRemoval.removedPath(work));

    Map<Long, Long> histogram = Clusters.sizeHistogram(r.clusters());
    DedupStatsFiles.add(context.layout(), "near", new Summary(spec.threshold(), spec.numPerm(),
        spec.lshBands().bands(), spec.lshBands().rows(), signed.get(WITHOUT_SHINGLES), candidates.rows(), verified,
        cc.rounds(), ClusterSummary.of(signed.rows(), histogram)), histogram, r.clusters(), removed);
    return DuplicateRemoval.apply(kept, removed, DedupReason.NEAR);
  }

  /**
   * The near-dedup section of {@code stats/dedup.json}.
   *
   * @param docsWithoutShingles documents with no letter or digit (no signature; never near duplicates)
   * @param candidatePairs distinct (member, bucket minimum) edges from the LSH buckets
   * @param verifiedPairs edges left after true-Jaccard verification (null when verification is off)
   * @param componentRounds Large-Star/Small-Star rounds until the clusters were stable
   */
  public record Summary(
      @JsonProperty("threshold") double threshold,
      @JsonProperty("num_perm") int numPerm,
      @JsonProperty("bands") int bands,
      @JsonProperty("rows") int rows,
      @JsonProperty("docs_without_shingles") long docsWithoutShingles,
      @JsonProperty("candidate_pairs") long candidatePairs,
      @JsonProperty("verified_pairs") Long verifiedPairs,
      @JsonProperty("component_rounds") int componentRounds,
      @JsonProperty("clusters") ClusterSummary clusters) {}
}
