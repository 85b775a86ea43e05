package dev.jinglian.job;

import dev.jinglian.decontam.DecontaminationStage;
import dev.jinglian.dedup.ExactDedupStage;
import dev.jinglian.dedup.NearDedupStage;
import dev.jinglian.recipe.Recipe;
import java.util.ArrayList;
import java.util.List;

/** The global stages a recipe asks for, in pipeline order (dedup → decontaminate → mix). */
public final class GlobalStages {
  private GlobalStages() {}

  public static List<GlobalStage> from(Recipe recipe) {
    List<GlobalStage> stages = new ArrayList<>();
    if (recipe.dedup().exact().enabled()) {
      stages.add(new ExactDedupStage(recipe.dedup().exact()));
    }
    if (recipe.dedup().near().enabled()) {
      stages.add(new NearDedupStage(recipe.dedup().near()));
    }
    if (recipe.decontaminate() != null) {
      stages.add(new DecontaminationStage(recipe.decontaminate()));
    }
    return stages;
  }
}
