package dev.jinglian.safety.pii;

import java.io.Serializable;
import java.util.List;

/** Finds one kind of personal information. Implementations hold only precompiled, immutable state. */
interface PiiDetector extends Serializable {
  PiiKind kind();

  /** Whether the text can contain a match at all (a cheap test on the probe, before any regex runs). */
  boolean worthScanning(TextProbe probe);

  /** Adds every match in {@code text} to {@code out}. */
  void find(String text, List<Span> out);
}
