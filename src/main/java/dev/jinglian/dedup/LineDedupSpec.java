package dev.jinglian.dedup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;

/**
 * CCNet-style boilerplate removal: lines (or paragraphs) that occur in at least {@code min_documents} distinct
 * documents of the corpus (navigation, copyright footers, "share this" widgets, cookie notices) are cut out of
 * every document before tagging and filtering, so word counts and quality signals describe what is left.
 *
 * @param enabled whether it runs (default false: it changes document text, so a recipe asks for it)
 * @param unit {@code line} (default) or {@code paragraph}
 * @param minDocuments a unit found in at least this many distinct documents is boilerplate (default 10); a unit
 *     repeated inside one document counts once
 * @param minWidth units narrower than this are never counted nor removed (default 10), so blank lines, braces
 *     and other short code lines survive; measured as display width of the normalized unit, a wide (Han, Kana,
 *     Hangul, full-width) character counting 2, so "版权所有" (8) and "Read more" (9) weigh alike
 * @param foldDigits compare units with every digit read as 0 (default true), so footers that differ only in a
 *     year, page number or date ("© 2019" / "© 2023", "第3页") count as one
 * @param maxBoilerplate most distinct boilerplate units held (default 1,000,000, 8 bytes each in the broadcast
 *     set); beyond it the most frequent are kept and the stats say the set was capped
 */
public record LineDedupSpec(
    @JsonPropertyDescription("whether boilerplate lines/paragraphs repeated across documents are removed (off by default)")
    @JsonProperty("enabled") Boolean enabled,
    @JsonPropertyDescription("what is counted and removed: line, or paragraph (consecutive non-blank lines)")
    @JsonProperty("unit") LineUnit unit,
    @JsonPropertyDescription("a line/paragraph found in at least this many distinct documents is boilerplate (>= 2)")
    @JsonProperty("min_documents") Integer minDocuments,
    @JsonPropertyDescription("lines/paragraphs narrower than this are never removed (blank lines, braces, short code); display width of the normalized text, Han/Kana/Hangul and full-width characters count 2")
    @JsonProperty("min_width") Integer minWidth,
    @JsonPropertyDescription("compare with every digit read as 0 (footers differing only in a year or page number match)")
    @JsonProperty("fold_digits") Boolean foldDigits,
    @JsonPropertyDescription("most distinct boilerplate lines kept (8 bytes each, broadcast to every executor); beyond it the most frequent are kept")
    @JsonProperty("max_boilerplate") Integer maxBoilerplate) implements Serializable {

  public static final int MIN_DOCUMENTS_DEFAULT = 10;
  public static final int MIN_WIDTH_DEFAULT = 10;
  public static final int MAX_BOILERPLATE_DEFAULT = 1_000_000;
  /** 2^27 hashes = 1 GiB of broadcast: far beyond any sane boilerplate set. */
  public static final int MAX_BOILERPLATE_LIMIT = 1 << 27;

  public LineDedupSpec {
    enabled = enabled != null && enabled;
    unit = unit == null ? LineUnit.LINE : unit;
    minDocuments = minDocuments == null ? MIN_DOCUMENTS_DEFAULT : minDocuments;
    if (minDocuments < 2) {
      throw new IllegalArgumentException("dedup.lines.min_documents must be at least 2 (a line in one document is "
          + "not repeated), got " + minDocuments);
    }
    minWidth = minWidth == null ? MIN_WIDTH_DEFAULT : minWidth;
    if (minWidth < 1) {
      throw new IllegalArgumentException("dedup.lines.min_width must be at least 1, got " + minWidth);
    }
    foldDigits = foldDigits == null || foldDigits;
    maxBoilerplate = maxBoilerplate == null ? MAX_BOILERPLATE_DEFAULT : maxBoilerplate;
    if (maxBoilerplate < 1 || maxBoilerplate > MAX_BOILERPLATE_LIMIT) {
      throw new IllegalArgumentException("dedup.lines.max_boilerplate must be in [1, " + MAX_BOILERPLATE_LIMIT
          + "], got " + maxBoilerplate);
    }
  }

  public static LineDedupSpec defaults() {
    return new LineDedupSpec(null, null, null, null, null, null);
  }
}
