package dev.jinglian.qualitymodel;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
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
 * like the model's positive set) and drops documents below the threshold ({@code quality_model/low_score}).
 * Off by default: a model is trained on a team's own positive and negative sets
 * ({@code jinglian quality-model train}). The model's word features come from the shared segmentation, so
 * the recipe's segmenter must be the one the model was trained with.
 */
public final class QualityModelFilter implements DocumentFilter {
  public static final String FAMILY = "quality_model";
  public static final String SCORE = "quality_score";

  public static final FilterDefinition<Params> DEFINITION =
      new FilterDefinition<>(FAMILY, Params.class, false, QualityModelFilter::new,
      "scores documents with a trained quality model (quality_score) and drops those below the threshold");

  /** Why {@link QualityModelFilter} drops a document. */
  public enum Why implements Reason {
    LOW_SCORE;

    @Override
    public String family() {
      return FAMILY;
    }

    @Override
    public String code() {
      return "low_score";
    }
  }

  /**
   * @param enabled whether the model scores documents (default true once the section is named)
   * @param model model directory written by {@code jinglian quality-model train} (any Hadoop path)
   * @param threshold lowest score a kept document has (default 0.5; 0 keeps all and only tags)
   */
  public record Params(
      @JsonPropertyDescription("whether the model scores documents (true once the section is present)")
      @JsonProperty("enabled") Boolean enabled,
      @JsonPropertyDescription("model directory written by 'jinglian quality-model train' (required)")
      @JsonProperty("model") String model,
      @JsonPropertyDescription("lowest quality_score a kept document has, in [0, 1] (default 0.5); 0 keeps all and only tags")
      @JsonProperty("threshold") Double threshold) implements FilterParams {
    public static final double THRESHOLD_DEFAULT = 0.5;

    public Params {
      enabled = enabled == null || enabled;
      threshold = threshold == null ? THRESHOLD_DEFAULT : threshold;
      if (enabled && (model == null || model.isBlank())) {
        throw new IllegalArgumentException("quality_model: 'model' (a model directory) is required");
      }
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("quality_model: threshold must be in [0, 1], got " + threshold);
      }
    }
  }

  private final Params params;
  private transient QualityModel model;

  public QualityModelFilter(Params params) {
    this.params = params;
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
    return List.of(Threshold.min(SCORE, params.threshold()));
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
    if (score < params.threshold()) {
      return Verdict.reject(Why.LOW_SCORE, score, "<", params.threshold());
    }
    return Verdict.keep();
  }
}
