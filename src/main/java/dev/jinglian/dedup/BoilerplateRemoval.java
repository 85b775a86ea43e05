package dev.jinglian.dedup;

import dev.jinglian.normalize.Edits;
import dev.jinglian.normalize.Transform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;

/**
 * Cuts the corpus's boilerplate units out of one document (the last normalization step of the per-document pass)
 * and counts each removed unit as an edit, so stats and the report show how many lines went. A document whose
 * every unit is boilerplate becomes empty; the per-document pass rejects it as {@code dedup/boilerplate_only}.
 * A text with nothing to remove is returned as the same string.
 */
final class BoilerplateRemoval implements Transform {
  /** Longest example text kept for the stats. */
  static final int SAMPLE_CHARS = 200;

  private final LineKeys keys;
  private final Broadcast<long[]> sortedKeys;
  private final long[] sampledKeys;
  private final BoilerplateSamples samples;

  /**
   * @param sortedKeys the boilerplate keys, sorted ascending
   * @param sampledKeys keys (sorted) whose example text the stats want
   */
  BoilerplateRemoval(LineKeys keys, Broadcast<long[]> sortedKeys, long[] sampledKeys, BoilerplateSamples samples) {
    this.keys = keys;
    this.sortedKeys = sortedKeys;
    this.sampledKeys = sampledKeys;
    this.samples = samples;
  }

  /** The edit kind in stats: {@code boilerplate_lines} or {@code boilerplate_paragraphs}. */
  static String editName(LineUnit unit) {
    return "boilerplate_" + unit.key() + "s";
  }

  @Override
  public String name() {
    return editName(keys.unit());
  }

  @Override
  public String apply(String text) {
    return apply(text, new Edits());
  }

  @Override
  public String apply(String text, Edits edits) {
    long[] boilerplate = sortedKeys.value();
    if (boilerplate.length == 0 || text.isEmpty()) {
      return text;
    }
    List<String> units = keys.units(text);
    List<String> kept = new ArrayList<>(units.size());
    int removed = 0;
    for (String unit : units) {
      long key = keys.key(unit);
      if (key != LineKeys.NONE && Arrays.binarySearch(boilerplate, key) >= 0) {
        removed++;
        if (Arrays.binarySearch(sampledKeys, key) >= 0) {
          samples.add(Map.entry(key, unit.length() > SAMPLE_CHARS ? unit.substring(0, SAMPLE_CHARS) : unit));
        }
      } else {
        kept.add(unit);
      }
    }
    if (removed == 0) {
      return text;
    }
    edits.add(name(), removed);
    return keys.join(kept);
  }
}
