package dev.jinglian.cli;

import dev.jinglian.job.Sessions;
import dev.jinglian.qualitymodel.HashedFeatures;
import dev.jinglian.qualitymodel.QualityModelTrainer;
import dev.jinglian.recipe.NormalizeSpec;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.recipe.RecipeLoader;
import dev.jinglian.recipe.TokenizerSpec;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jinglian quality-model train}: fits a quality classifier that recipes reference in {@code filters}. */
@Command(name = "quality-model", mixinStandardHelpOptions = true,
    description = "Train a quality classifier for the quality_model filter.",
    subcommands = {QualityModelCommand.Train.class})
final class QualityModelCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  @Command(name = "train", mixinStandardHelpOptions = true,
      description = "Train logistic regression over hashed HanLP word and character n-grams on Spark, "
          + "evaluate it on a held-out split (precision, recall, AUC) and write a versioned model directory. "
          + "Positive: documents you want more of (e.g. curated references, edited prose); negative: what you "
          + "want less of (e.g. spam, boilerplate-heavy pages). Never train on your evaluation data.")
  static final class Train implements Callable<Integer> {
    @Option(names = "--positive", required = true, split = ",", paramLabel = "FILE",
        description = "JSONL (or .jsonl.gz) files of high-quality documents")
    List<String> positive;

    @Option(names = "--negative", required = true, split = ",", paramLabel = "FILE",
        description = "JSONL (or .jsonl.gz) files of low-quality documents")
    List<String> negative;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "model directory to write")
    String output;

    @Option(names = "--text-field", defaultValue = "text", description = "JSON field with the text (default: ${DEFAULT-VALUE})")
    String textField;

    @Option(names = "--recipe", paramLabel = "RECIPE",
        description = "recipe the model is for: its normalize section is applied to the training texts (as the "
            + "pipeline does before scoring) and its tokenizer.segmenter is used (default: the default "
            + "normalization, NFKC + whitespace + PII placeholders, and segmenter " + TokenizerSpec.SEGMENTER_DEFAULT
            + ")")
    java.nio.file.Path recipe;

    @Option(names = "--segmenter",
        description = "HanLP mode for word features; recipes using the model must use the same (default: the "
            + "recipe's, else " + TokenizerSpec.SEGMENTER_DEFAULT + ")")
    String segmenter;

    @Option(names = "--bits", defaultValue = "" + HashedFeatures.BITS_DEFAULT,
        description = "hashed feature space is 2^bits (default: ${DEFAULT-VALUE})")
    int bits;

    @Option(names = "--test-fraction", defaultValue = "0.2", description = "held-out share (default: ${DEFAULT-VALUE})")
    double testFraction;

    @Option(names = "--reg-param", defaultValue = "0.01", description = "L2 regularization (default: ${DEFAULT-VALUE})")
    double regParam;

    @Option(names = "--max-iter", defaultValue = "100", description = "most L-BFGS iterations (default: ${DEFAULT-VALUE})")
    int maxIter;

    @Option(names = "--seed", defaultValue = "42", description = "split seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "",
        description = "Spark master (default: spark-submit's, else local[*])")
    String master;

    @Override
    public Integer call() throws Exception {
      NormalizeSpec normalize = NormalizeSpec.defaults();
      String mode = segmenter == null ? TokenizerSpec.SEGMENTER_DEFAULT : segmenter;
      if (recipe != null) {
        Recipe r = RecipeLoader.load(recipe);
        normalize = r.normalize();
        if (segmenter != null && !segmenter.equalsIgnoreCase(r.tokenizer().segmenter())) {
          throw new IllegalArgumentException("--segmenter " + segmenter + " differs from the recipe's "
              + "tokenizer.segmenter '" + r.tokenizer().segmenter() + "' in " + recipe
              + ": the model would not score under that recipe");
        }
        mode = r.tokenizer().segmenter();
      }
      QualityModelTrainer trainer = new QualityModelTrainer(textField, normalize, mode, bits, testFraction,
          regParam, maxIter, seed);
      try (SparkSession spark = Sessions.create("jinglian quality-model train", master.isEmpty() ? null : master)) {
        QualityModelTrainer.Metrics m = trainer.train(spark, positive, negative, output);
        System.out.printf("model written to %s%n", output);
        System.out.printf("trained on %d docs; held out %d docs: AUC %.4f, precision %.4f, recall %.4f "
            + "(positive = score >= %.1f)%n", m.trainDocs(), m.testDocs(), m.auc(), m.precision(), m.recall(),
            QualityModelTrainer.DECISION_THRESHOLD);
      }
      return 0;
    }
  }
}
