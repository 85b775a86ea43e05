package dev.jinglian.safety.pii;

import dev.jinglian.normalize.Edits;
import dev.jinglian.normalize.Transform;
import dev.jinglian.recipe.PiiSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces personal information with typed placeholders ({@code <EMAIL>}, {@code <PHONE>}, {@code <ID_NUMBER>},
 * {@code <BANK_CARD>}, {@code <IP>}) and counts each replacement under {@code pii_<type>} in the document's edits.
 *
 * <p>It runs after normalization, so full-width digits and {@code ＠} are already ASCII. Regular expressions run
 * only where a match can be: number patterns on number clusters with enough digits ({@link TextScan}), e-mail
 * around each {@code @}, IPv6 on runs of hex digits and colons; most prose never reaches a regular expression. When spans overlap, the more specific type wins (see {@link PiiKind}), and
 * within one type the longer span.
 */
public final class PiiRedaction implements Transform {
  public static final String NAME = "pii";

  private final List<PiiDetector> detectors;

  public PiiRedaction(PiiSpec spec) {
    List<PiiDetector> all = List.of(new EmailDetector(), new IpAddressDetector(spec.redactPrivateIps()),
        new ResidentIdDetector(), new BankCardDetector(), new PhoneDetector());
    List<PiiDetector> chosen = new ArrayList<>();
    for (PiiDetector d : all) {
      if (spec.kinds().contains(d.kind())) {
        chosen.add(d);
      }
    }
    this.detectors = List.copyOf(chosen);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String apply(String text) {
    return apply(text, new Edits());
  }

  @Override
  public String apply(String text, Edits edits) {
    if (detectors.isEmpty()) {
      return text;
    }
    TextScan scan = TextScan.of(text);
    List<Span> candidates = new ArrayList<>();
    for (PiiDetector d : detectors) {
      d.find(text, scan, candidates);
    }
    if (candidates.isEmpty()) {
      return text;
    }
    List<Span> chosen = resolveOverlaps(candidates);
    Map<PiiKind, Integer> counts = new EnumMap<>(PiiKind.class);
    StringBuilder out = new StringBuilder(text.length());
    int pos = 0;
    for (Span s : chosen) {
      out.append(text, pos, s.start()).append(s.kind().placeholder());
      pos = s.end();
      counts.merge(s.kind(), 1, Integer::sum);
    }
    out.append(text, pos, text.length());
    counts.forEach((kind, n) -> edits.add(kind.editName(), n));
    return out.toString();
  }

  /** Keeps the spans that win (type priority, then length, then position), returned in text order. */
  private static List<Span> resolveOverlaps(List<Span> candidates) {
    List<Span> ranked = new ArrayList<>(candidates);
    ranked.sort(Comparator.comparingInt((Span s) -> s.kind().ordinal())
        .thenComparingInt(s -> s.start() - s.end())
        .thenComparingInt(Span::start));
    List<Span> chosen = new ArrayList<>();
    for (Span s : ranked) {
      boolean free = true;
      for (Span c : chosen) {
        if (c.overlaps(s)) {
          free = false;
          break;
        }
      }
      if (free) {
        chosen.add(s);
      }
    }
    chosen.sort(Comparator.comparingInt(Span::start));
    return chosen;
  }
}
