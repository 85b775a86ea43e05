package dev.jinglian.qualitymodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import dev.jinglian.normalize.Edits;
import dev.jinglian.normalize.Normalization;
import dev.jinglian.normalize.Transform;
import dev.jinglian.recipe.NormalizeSpec;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.WordSegmenter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.evaluation.BinaryClassificationEvaluator;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Trains a {@link QualityModel} on Spark: reads positive and negative JSONL files, normalizes every document
 * as the pipeline does ({@link Normalization}: NFKC, whitespace, PII placeholders … from the recipe's
 * {@code normalize} section), then segments and hashes it on executors (the same {@link HashedFeatures} the
 * fused pass scores with), holds out a seeded random fraction, fits MLlib logistic regression on the rest and
 * measures AUC, precision and recall on the held-out part. Normalizing first is what makes a score at refine
 * time come from the text form the model was trained on: a full-width {@code ＡＢＣ} in a training file and
 * the {@code ABC} the pipeline turns it into give the same features. Documents empty after normalization are
 * left out, as the pipeline drops them.
 *
 * @param textField JSON field holding the text
 * @param normalize the normalization the recipes using the model apply (default: the pipeline's default)
 * @param segmenter HanLP mode for the word features (must match the recipes that use the model)
 * @param bits hashed feature space is {@code 2^bits}
 * @param testFraction share of documents held out for evaluation
 * @param regParam L2 regularization strength of the logistic regression
 * @param maxIter most L-BFGS iterations (each is one pass over the cached features)
 * @param seed split seed (same inputs and seed → same model)
 */
public record QualityModelTrainer(String textField, NormalizeSpec normalize, String segmenter, int bits,
    double testFraction, double regParam, int maxIter, long seed) {
  public static final double DECISION_THRESHOLD = 0.5;
  private static final StructType FEATURES = new StructType()
      .add("label", DataTypes.DoubleType, false)
      .add("features", SQLDataTypes.VectorType(), false);

  private static final StructType PREDICTIONS = new StructType()
      .add("label", DataTypes.DoubleType, false)
      .add("rawPrediction", DataTypes.DoubleType, false)
      .add("prediction", DataTypes.DoubleType, false);

  /**
   * Label, margin and 0/1 prediction of each held-out row, computed from the weights alone. Not
   * {@code LogisticRegressionModel.transform}: its closures carry the model's training summary and with it the
   * SparkSession, which cannot be serialized once the session has tracked an observed metric (near dedup's counts).
   */
  private static Dataset<Row> heldOutPredictions(Dataset<Row> rows, double[] weights, double intercept) {
    return rows.map((org.apache.spark.api.java.function.MapFunction<Row, Row>) r -> {
      org.apache.spark.ml.linalg.Vector x = r.getAs("features");
      double margin = intercept + x.dot(Vectors.dense(weights));
      return RowFactory.create(r.<Double>getAs("label"), margin, margin > 0 ? 1.0 : 0.0);
    }, ExpressionEncoder.apply(PREDICTIONS));
  }

  /** Held-out evaluation of a trained model. */
  public record Metrics(long trainDocs, long testDocs, double auc, double precision, double recall) {}

  /** A trainer with the pipeline's default normalization. */
  public QualityModelTrainer(String textField, String segmenter, int bits, double testFraction, double regParam,
      int maxIter, long seed) {
    this(textField, NormalizeSpec.defaults(), segmenter, bits, testFraction, regParam, maxIter, seed);
  }

  public QualityModelTrainer {
    normalize = normalize == null ? NormalizeSpec.defaults() : normalize;
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException("test fraction must be in (0, 1), got " + testFraction);
    }
    WordSegmenter.named(segmenter);
    new HashedFeatures(bits);
  }

  public Metrics train(SparkSession spark, List<String> positive, List<String> negative, String out)
      throws IOException {
    if (positive.isEmpty() || negative.isEmpty()) {
      throw new IllegalArgumentException("need at least one --positive and one --negative file");
    }
    Dataset<Row> docs = texts(spark, positive, 1.0).union(texts(spark, negative, 0.0));
    HashedFeatures features = new HashedFeatures(bits);
    String mode = segmenter;
    NormalizeSpec norm = normalize;
    Dataset<Row> vectors = docs.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> featurize(rows, norm,
        mode, features), ExpressionEncoder.apply(FEATURES)).cache();
    Dataset<Row>[] split = vectors.randomSplit(new double[] {1 - testFraction, testFraction}, seed);
    LogisticRegressionModel lr = new LogisticRegression().setRegParam(regParam).setElasticNetParam(0)
        .setMaxIter(maxIter).setStandardization(false).fit(split[0]);
    Dataset<Row> predicted = heldOutPredictions(split[1], lr.coefficients().toArray(), lr.intercept()).cache();
    double auc = new BinaryClassificationEvaluator().setMetricName("areaUnderROC").evaluate(predicted);
    long[][] confusion = new long[2][2];
    for (Row r : predicted.groupBy("label", "prediction").count().collectAsList()) {
      confusion[(int) r.getDouble(0)][(int) r.getDouble(1)] = r.getLong(2);
    }
    long tp = confusion[1][1];
    long fp = confusion[0][1];
    long fn = confusion[1][0];
    long test = tp + fp + fn + confusion[0][0];
    Metrics m = new Metrics(split[0].count(), test, auc,
        tp + fp == 0 ? 0 : (double) tp / (tp + fp), tp + fn == 0 ? 0 : (double) tp / (tp + fn));
    predicted.unpersist();
    vectors.unpersist();
    QualityModel model = new QualityModel(features, segmenter, lr.coefficients().toArray(), lr.intercept());
    model.save(out, info(spark, positive, negative, m));
    return m;
  }

  private Dataset<Row> texts(SparkSession spark, List<String> files, double label) {
    Dataset<Row> json = spark.read().json(files.toArray(String[]::new));
    if (!List.of(json.columns()).contains(textField)) {
      throw new IllegalArgumentException("no field '" + textField + "' in " + files + " (fields: "
          + String.join(", ", json.columns()) + ")");
    }
    return json.selectExpr("CAST(`" + textField + "` AS STRING) AS text", label + "D AS label")
        .filter("text IS NOT NULL AND length(text) > 0");
  }

  private static Iterator<Row> featurize(Iterator<Row> rows, NormalizeSpec normalize, String mode,
      HashedFeatures features) {
    List<Transform> transforms = Normalization.from(normalize);
    WordSegmenter seg = WordSegmenter.named(mode);
    List<Row> out = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      HashedFeatures.Sparse x = features(r.getString(0), transforms, seg, features);
      if (x != null) {
        out.add(RowFactory.create(r.getDouble(1), Vectors.sparse(features.dimension(), x.indices(), x.values())));
      }
    }
    return out.iterator();
  }

  /** Features of a training text in the form the pipeline scores it: normalized first; null if nothing is left. */
  static HashedFeatures.Sparse features(String raw, List<Transform> transforms, WordSegmenter seg,
      HashedFeatures features) {
    String text = raw;
    Edits edits = new Edits();
    for (Transform t : transforms) {
      text = t.apply(text, edits);
    }
    return text.isEmpty() ? null : features.of(new DocumentAnalysis("train", text, seg));
  }

  private ObjectNode info(SparkSession spark, List<String> positive, List<String> negative, Metrics m)
      throws IOException {
    ObjectNode info = new ObjectMapper().createObjectNode();
    ObjectNode training = info.putObject("training");
    training.put("algorithm", "spark.ml LogisticRegression");
    training.put("reg_param", regParam);
    training.put("max_iter", maxIter);
    training.put("text_field", textField);
    info.set("normalize", dev.jinglian.util.Json.MAPPER.valueToTree(normalize));
    training.put("test_fraction", testFraction);
    training.put("seed", seed);
    files(training.putArray("positive"), positive, spark.sparkContext().hadoopConfiguration());
    files(training.putArray("negative"), negative, spark.sparkContext().hadoopConfiguration());
    ObjectNode metrics = info.putObject("held_out");
    metrics.put("train_docs", m.trainDocs());
    metrics.put("test_docs", m.testDocs());
    metrics.put("auc", m.auc());
    metrics.put("threshold", DECISION_THRESHOLD);
    metrics.put("precision", m.precision());
    metrics.put("recall", m.recall());
    return info;
  }

  private static void files(ArrayNode out, List<String> files, Configuration conf) throws IOException {
    for (String f : files) {
      Path p = new Path(f);
      FileSystem fs = p.getFileSystem(conf);
      Hasher h = Hashing.sha256().newHasher();
      try (InputStream in = fs.open(p)) {
        byte[] buf = new byte[1 << 16];
        for (int n = in.read(buf); n > 0; n = in.read(buf)) {
          h.putBytes(buf, 0, n);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot hash training file " + f + ": " + e.getMessage(), e);
      }
      out.addObject().put("path", f).put("sha256", h.hash().toString());
    }
  }
}
