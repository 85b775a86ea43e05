package dev.jinglian.safety.pii;

import java.io.Serializable;
import java.util.List;

/** Finds one kind of personal information. Implementations hold only precompiled, immutable state. */
interface PiiDetector extends Serializable {
  PiiKind kind();

  /** Adds every match in {@code text} to {@code out}; {@code scan} says where numbers are. */
  void find(String text, TextScan scan, List<Span> out);
}
