package dev.jinglian.quality;

import dev.jinglian.filter.DocumentFilter;
import dev.jinglian.filter.Threshold;
import dev.jinglian.filter.Verdict;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import java.util.List;

/**
 * A rule family whose rules are cuts on its own signals: the same list of cuts decides (first violated cut, in
 * order, is the reason) and is what the report draws, so the two cannot disagree. Subclasses measure, and add
 * decisions that are not cuts on a signal by overriding {@link #decide}.
 */
abstract class RuleFamily implements DocumentFilter {
  private final String family;
  private final List<String> signalNames;
  private final List<Thresholds.Cut> cuts;

  RuleFamily(String family, List<String> signalNames, List<Thresholds.Cut> cuts) {
    this.family = family;
    this.signalNames = List.copyOf(signalNames);
    this.cuts = List.copyOf(cuts);
  }

  @Override
  public final String family() {
    return family;
  }

  @Override
  public final List<String> signalNames() {
    return signalNames;
  }

  @Override
  public final List<Threshold> thresholds() {
    return Thresholds.of(cuts);
  }

  @Override
  public Verdict decide(DocumentAnalysis doc, Signals signals) {
    return Thresholds.first(signals, cuts);
  }
}
