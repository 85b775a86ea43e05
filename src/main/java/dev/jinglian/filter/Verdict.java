package dev.jinglian.filter;

import java.util.Objects;

/**
 * The outcome of one filter on one document: keep, not applicable (the rule does not fit the document's
 * language or kind, so it was skipped), or reject with a reason and the value that triggered it.
 */
public final class Verdict {
  private static final Verdict KEEP = new Verdict(Kind.KEEP, null, null);

  public enum Kind { KEEP, NOT_APPLICABLE, REJECT }

  private final Kind kind;
  private final Reason reason;
  private final String detail;

  private Verdict(Kind kind, Reason reason, String detail) {
    this.kind = kind;
    this.reason = reason;
    this.detail = detail;
  }

  public static Verdict keep() {
    return KEEP;
  }

  public static Verdict notApplicable(String why) {
    return new Verdict(Kind.NOT_APPLICABLE, null, why);
  }

  public static Verdict reject(Reason reason, String detail) {
    return new Verdict(Kind.REJECT, Objects.requireNonNull(reason), detail);
  }

  /** Rejects with the measured value and the threshold it crossed, e.g. {@code 12 < 50}. */
  public static Verdict reject(Reason reason, double value, String op, double threshold) {
    return reject(reason, format(value) + " " + op + " " + format(threshold));
  }

  private static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format("%.4f", v);
  }

  public Kind kind() {
    return kind;
  }

  public boolean rejected() {
    return kind == Kind.REJECT;
  }

  public Reason reason() {
    return reason;
  }

  public String detail() {
    return detail;
  }

  @Override
  public String toString() {
    return kind == Kind.REJECT ? reason.key() + " (" + detail + ")" : kind.name().toLowerCase();
  }
}
