package dev.jinglian.qualitymodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.hash.Hashing;
import dev.jinglian.tag.DocumentAnalysis;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A trained quality classifier: logistic regression over {@link HashedFeatures}, i.e. a weight vector and an
 * intercept, scored in plain Java inside the fused pass (one sparse dot product per document). A model is a
 * directory: {@code model.json} (format version, feature configuration, segmenter, training inputs with their
 * SHA-256, held-out metrics, the weights file's SHA-256) and {@code weights.bin} (the weights as big-endian
 * doubles). Loading checks the format version and the weights' hash, so a model never silently changes.
 */
public final class QualityModel implements Serializable {
  public static final String FORMAT = "jinglian-quality-model";
  public static final int VERSION = 1;
  public static final String MODEL_JSON = "model.json";
  public static final String WEIGHTS = "weights.bin";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, QualityModel> LOADED = new ConcurrentHashMap<>();

  private final HashedFeatures features;
  private final String segmenter;
  private final double[] weights;
  private final double intercept;

  public QualityModel(HashedFeatures features, String segmenter, double[] weights, double intercept) {
    if (weights.length != features.dimension()) {
      throw new IllegalArgumentException("model has " + weights.length + " weights, features need "
          + features.dimension());
    }
    this.features = features;
    this.segmenter = segmenter;
    this.weights = weights;
    this.intercept = intercept;
  }

  public HashedFeatures features() {
    return features;
  }

  /** The segmenter the model was trained with (its word features depend on it). */
  public String segmenter() {
    return segmenter;
  }

  /** Probability that the document is like the positive (high-quality) set. */
  public double score(DocumentAnalysis doc) {
    HashedFeatures.Sparse x = features.of(doc);
    double z = intercept;
    int[] idx = x.indices();
    double[] val = x.values();
    for (int i = 0; i < idx.length; i++) {
      z += weights[idx[i]] * val[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Loads a model directory once per JVM (executors share it across partitions and tasks). */
  public static QualityModel load(String dir) {
    return LOADED.computeIfAbsent(dir, QualityModel::read);
  }

  private static QualityModel read(String dir) {
    try {
      Path root = new Path(dir);
      FileSystem fs = root.getFileSystem(new Configuration());
      JsonNode meta;
      try (InputStream in = fs.open(new Path(root, MODEL_JSON))) {
        meta = JSON.readTree(in);
      }
      if (!FORMAT.equals(meta.path("format").asText()) || meta.path("version").asInt() != VERSION) {
        throw new IllegalArgumentException("quality model " + dir + ": expected format " + FORMAT + " version "
            + VERSION + ", got " + meta.path("format").asText() + " version " + meta.path("version").asText());
      }
      HashedFeatures features = new HashedFeatures(meta.path("features").path("bits").asInt());
      byte[] bytes;
      try (InputStream in = fs.open(new Path(root, WEIGHTS))) {
        bytes = in.readAllBytes();
      }
      String sha = Hashing.sha256().hashBytes(bytes).toString();
      if (!sha.equals(meta.path("weights_sha256").asText())) {
        throw new IllegalArgumentException("quality model " + dir + ": " + WEIGHTS + " has SHA-256 " + sha
            + " but model.json records " + meta.path("weights_sha256").asText());
      }
      double[] w = new double[features.dimension()];
      try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
        for (int i = 0; i < w.length; i++) {
          w[i] = in.readDouble();
        }
      }
      return new QualityModel(features, meta.path("segmenter").asText(), w, meta.path("intercept").asDouble());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read quality model " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Writes the model directory; {@code info} carries training inputs and metrics into model.json. */
  public void save(String dir, ObjectNode info) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(weights.length * 8);
    try (DataOutputStream out = new DataOutputStream(buf)) {
      for (double v : weights) {
        out.writeDouble(v);
      }
    }
    byte[] bytes = buf.toByteArray();
    ObjectNode meta = JSON.createObjectNode();
    meta.put("format", FORMAT);
    meta.put("version", VERSION);
    ObjectNode f = meta.putObject("features");
    f.put("hashing", "murmur3_32 mod 2^bits; log(1+count); L2-normalized");
    f.put("bits", features.bits());
    f.put("word_unigrams", true);
    f.put("word_bigrams", true);
    f.put("char_bigrams", true);
    f.put("max_units", HashedFeatures.MAX_UNITS);
    meta.put("segmenter", segmenter);
    meta.put("intercept", intercept);
    meta.put("weights_file", WEIGHTS);
    meta.put("weights_sha256", Hashing.sha256().hashBytes(bytes).toString());
    meta.setAll(info);
    Path root = new Path(dir);
    FileSystem fs = root.getFileSystem(new Configuration());
    try (OutputStream out = fs.create(new Path(root, WEIGHTS), true)) {
      out.write(bytes);
    }
    try (OutputStream out = fs.create(new Path(root, MODEL_JSON), true)) {
      out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(meta).getBytes(StandardCharsets.UTF_8));
    }
    LOADED.remove(dir);
  }
}
