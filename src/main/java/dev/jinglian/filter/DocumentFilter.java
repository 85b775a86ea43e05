package dev.jinglian.filter;

import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import java.io.Serializable;
import java.util.List;

/**
 * One rule family. It first measures its signals (stored as shard columns, so thresholds can be re-tuned and
 * plotted from the same numbers), then decides on those signals alone. Filters never edit text.
 */
public interface DocumentFilter extends Serializable {
  /** The family name, as in the recipe and in reasons. */
  String family();

  /** Names of the numeric signal columns this family writes (snake_case, globally unique). */
  List<String> signalNames();

  /**
   * Names of the {@code array<string>} columns this family writes with {@link Signals#putList} (for example
   * {@code keywords}); most families write none. Like signals, they are tags: never decided on.
   */
  default List<String> listNames() {
    return List.of();
  }

  /** Computes this family's signals into {@code out}. */
  void measure(DocumentAnalysis doc, Signals out);

  /** Decides on the measured signals. */
  Verdict decide(DocumentAnalysis doc, Signals signals);

  /**
   * Rules of this family that do not apply to this document (for example Gopher's mean word length for Chinese,
   * whose HanLP words are 1–4 characters by construction). The run counts them per family, rule and language, so
   * a report can say what was not checked instead of silently passing it. A family that does not apply at all
   * returns {@link Verdict#notApplicable} from {@link #decide} instead. Called after {@link #measure}: a rule
   * whose signal was not measured is typically the one skipped.
   */
  default List<String> skippedRules(DocumentAnalysis doc, Signals signals) {
    return List.of();
  }

  /**
   * The thresholds {@link #decide} applies, as configured, for the report to draw on each signal's
   * distribution. A family whose decision is not a cut on one signal (or has none) returns an empty list.
   */
  default List<Threshold> thresholds() {
    return List.of();
  }
}
