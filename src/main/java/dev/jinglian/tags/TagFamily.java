package dev.jinglian.tags;

import dev.jinglian.filter.DocumentFilter;
import dev.jinglian.filter.Verdict;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;

/**
 * A family of tags: it measures columns through the filter API (so tags share the fused pass, HanLP's single
 * segmentation and the report's distribution plots with filters) but always keeps the document. Recipes select
 * on tag columns in a mix stage ({@code select.where}), where thresholds can change without recomputing tags.
 */
public abstract class TagFamily implements DocumentFilter {
  @Override
  public final Verdict decide(DocumentAnalysis doc, Signals signals) {
    return Verdict.keep();
  }
}
