package dev.jinglian.safety.pii;

/** A found piece of personal information: chars {@code [start, end)} of the text, and what it is. */
record Span(int start, int end, PiiKind kind) {
  boolean overlaps(Span o) {
    return start < o.end && o.start < end;
  }
}
