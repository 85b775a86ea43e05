package dev.jinglian.job;

import dev.jinglian.recipe.Recipe;
import org.apache.spark.sql.SparkSession;

/** What a global stage may use: the session, the recipe, and a directory for its checkpoints. */
public record StageContext(SparkSession spark, Recipe recipe, RunLayout layout) {}
