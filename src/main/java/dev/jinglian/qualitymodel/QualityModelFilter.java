package dev.jinglian.qualitymodel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.jinglian.filter.DocumentFilter;
import dev.jinglian.filter.FilterDefinition;
import dev.jinglian.filter.FilterParams;
import dev.jinglian.filter.Reason;
import dev.jinglian.filter.Threshold;
import dev.jinglian.filter.Verdict;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import java.util.List;

/**
 * Scores every document with a trained {@link QualityModel} ({@code quality_score}, the probability of being
 * like the model's positive set) and drops low-scoring documents ({@code quality_model/low_score}): with
 * {@code keep: threshold} (default) those below the threshold, with {@code keep: pareto} those that lose
 * GPT-3's {@link ParetoKeep} draw, made from {@link DocumentAnalysis#uniform} (recipe seed and document id), so
 * a re-run drops the same documents.
 * Off by default: a model is trained on a team's own positive and negative sets
 * ({@code jinglian quality-model train}). The model's word features come from the shared segmentation, so
 * the recipe's segmenter must be the one the model was trained with.
 */
public final class QualityModelFilter implements DocumentFilter {
  public static final String FAMILY = "quality_model";
  public static final String SCORE = "quality_score";

  public static final FilterDefinition<Params> DEFINITION =
      new FilterDefinition<>(FAMILY, Params.class, false, QualityModelFilter::new,
      "scores documents with a trained quality model (quality_score); drops those below the threshold or, with keep: pareto, those losing a seeded Pareto draw");
  /** The {@link DocumentAnalysis#uniform} stream of the Pareto draw. */
  static final String DRAW_STREAM = FAMILY + "/pareto";

  /** How scores turn into keep decisions. */
  public enum Keep {
    /** Keep a document whose score is at least {@code threshold}. */
    THRESHOLD,
    /** Keep a document when a seeded Pareto({@code pareto_alpha}) draw exceeds 1 - score (GPT-3). */
    PARETO;

    @JsonValue
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    @JsonCreator
    public static Keep fromKey(String key) {
      for (Keep k : values()) {
        if (k.key().equals(key)) {
          return k;
        }
      }
      throw new IllegalArgumentException("quality_model: unknown keep '" + key + "' (expected threshold or pareto)");
    }
  }

  /** Why {@link QualityModelFilter} drops a document. */
  public enum Why implements Reason {
    LOW_SCORE;

    @Override
    public String family() {
      return FAMILY;
    }
  }

  /**
   * @param enabled whether the model scores documents (default true once the section is named)
   * @param model model directory written by {@code jinglian quality-model train} (any Hadoop path)
   * @param keep {@code threshold} (default) or {@code pareto}
   * @param threshold lowest score a kept document has in threshold mode (default 0.5; 0 keeps all and only tags)
   * @param paretoAlpha shape of the Pareto draw in pareto mode (default 9, as in GPT-3)
   */
  public record Params(
      @JsonPropertyDescription("whether the model scores documents (true once the section is present)")
      @JsonProperty("enabled") Boolean enabled,
      @JsonPropertyDescription("model directory written by 'jinglian quality-model train' (required)")
      @JsonProperty("model") String model,
      @JsonPropertyDescription("how scores decide: threshold (keep score >= threshold) or pareto (keep when a Pareto(pareto_alpha) draw seeded by the recipe seed and document id exceeds 1 - score, as GPT-3)")
      @JsonProperty("keep") Keep keep,
      @JsonPropertyDescription("lowest quality_score a kept document has, in [0, 1] (keep: threshold; default 0.5); 0 keeps all and only tags")
      @JsonProperty("threshold") Double threshold,
      @JsonPropertyDescription("shape of the Pareto draw (keep: pareto; default 9, GPT-3's): a document of score s is kept with probability (2 - s)^-alpha")
      @JsonProperty("pareto_alpha") Double paretoAlpha) implements FilterParams {
    public static final double THRESHOLD_DEFAULT = 0.5;

    /** Threshold mode with the default threshold: the parameters before {@code keep} existed. */
    public Params(Boolean enabled, String model, Double threshold) {
      this(enabled, model, null, threshold, null);
    }

    public Params {
      enabled = enabled == null || enabled;
      keep = keep == null ? Keep.THRESHOLD : keep;
      threshold = threshold == null ? THRESHOLD_DEFAULT : threshold;
      paretoAlpha = paretoAlpha == null ? ParetoKeep.ALPHA_DEFAULT : paretoAlpha;
      new ParetoKeep(paretoAlpha);
      if (enabled && (model == null || model.isBlank())) {
        throw new IllegalArgumentException("quality_model: 'model' (a model directory) is required");
      }
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("quality_model: threshold must be in [0, 1], got " + threshold);
      }
    }
  }

  private final Params params;
  private final ParetoKeep pareto;
  private transient QualityModel model;

  public QualityModelFilter(Params params) {
    this.params = params;
    this.pareto = new ParetoKeep(params.paretoAlpha());
    this.model = QualityModel.load(params.model());
  }

  private QualityModel model() {
    if (model == null) {
      model = QualityModel.load(params.model());
    }
    return model;
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public List<String> signalNames() {
    return List.of(SCORE);
  }

  @Override
  public List<Threshold> thresholds() {
    return params.keep() == Keep.THRESHOLD ? List.of(Threshold.min(SCORE, params.threshold())) : List.of();
  }

  @Override
  public void measure(DocumentAnalysis doc, Signals out) {
    QualityModel m = model();
    if (!m.segmenter().equalsIgnoreCase(doc.segmenterMode().name())) {
      throw new IllegalStateException("quality model " + params.model() + " was trained with segmenter '"
          + m.segmenter() + "' but the recipe's tokenizer.segmenter is '"
          + doc.segmenterMode().name().toLowerCase(java.util.Locale.ROOT) + "'");
    }
    out.put(SCORE, m.score(doc));
  }

  @Override
  public Verdict decide(DocumentAnalysis doc, Signals signals) {
    double score = signals.get(SCORE);
    if (params.keep() == Keep.PARETO) {
      double draw = pareto.draw(doc.uniform(DRAW_STREAM));
      if (!pareto.keeps(score, draw)) {
        return Verdict.reject(Why.LOW_SCORE, String.format(java.util.Locale.ROOT,
            "pareto draw %.4f <= 1 - score %.4f (score %.4f, alpha %s)", draw, 1 - score, score,
            params.paretoAlpha()));
      }
      return Verdict.keep();
    }
    if (score < params.threshold()) {
      return Verdict.reject(Why.LOW_SCORE, score, "<", params.threshold());
    }
    return Verdict.keep();
  }
}
