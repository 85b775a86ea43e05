package dev.jinglian.lang;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.jinglian.filter.DocumentFilter;
import dev.jinglian.filter.FilterDefinition;
import dev.jinglian.filter.FilterParams;
import dev.jinglian.filter.FilterSpecs;
import dev.jinglian.filter.Reason;
import dev.jinglian.filter.Verdict;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps the languages a recipe wants, labelled by content ({@link ContentLanguageIdentifier}), not by where a
 * document came from. The family also configures identification itself: every document is labelled (the
 * {@code lang} and {@code lang_score} columns, which per-language quality rules read) even when the family is
 * disabled; disabling only stops it from dropping documents.
 *
 * <p>Defaults are what a user refining a mixed crawl expects: no language is dropped for being unwanted until
 * {@code keep} names some, but a document whose labelled language is less than half of its text
 * ({@code lang_score < 0.5}: mixed, garbled, or without letters at all, {@code und}) is dropped, since no single
 * language's rules or budget can account for it.
 */
public final class LanguageFilter implements DocumentFilter {
  public static final String FAMILY = "language";

  public static final FilterDefinition<Params> DEFINITION =
      new FilterDefinition<>(FAMILY, Params.class, true, LanguageFilter::new,
          "languages the recipe does not keep, and mixed or letterless text (lang_score)");

  /** Why {@link LanguageFilter} drops a document. */
  public enum Why implements Reason {
    NOT_WANTED, LOW_SCORE;

    @Override
    public String family() {
      return FAMILY;
    }
  }


  /**
   * @param enabled whether the family drops documents (default true); labelling happens regardless
   * @param keep tags to keep; {@code zh} keeps {@code zh-Hans} and {@code zh-Hant} (default: every language)
   * @param minScore least {@code lang_score} a kept document has, in [0, 1] (default 0.5)
   * @param detect languages of shared scripts the detector tells apart (default {@link #DETECT_DEFAULT}); Chinese,
   *     Japanese, Korean and single-script languages are always recognized from their script. Languages in
   *     {@code keep} are added. A document in a language not listed is labelled as the closest listed one,
   *     usually with a low score.
   * @param sampleChars characters of a long document the detector examines (default 600)
   */
  public record Params(
      @JsonPropertyDescription("drop documents (identification runs even when false)")
      @JsonProperty("enabled") Boolean enabled,
      @JsonPropertyDescription("language tags to keep; zh keeps zh-Hans and zh-Hant (default: every language)")
      @JsonProperty("keep") List<String> keep,
      @JsonPropertyDescription("least lang_score: share of the text in the labelled language")
      @JsonProperty("min_score") Double minScore,
      @JsonPropertyDescription("languages of shared scripts (Latin, Cyrillic, Arabic, Devanagari) to tell apart;"
          + " keep is added (default: en de fr es it pt nl pl ru uk)")
      @JsonProperty("detect") List<String> detect,
      @JsonPropertyDescription("characters of a long document the n-gram detector reads")
      @JsonProperty("sample_chars") Integer sampleChars) implements FilterParams {
    public static final double MIN_SCORE_DEFAULT = 0.5;
    public static final List<String> DETECT_DEFAULT = List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru",
        "uk");
    public static final int SAMPLE_CHARS_DEFAULT = 600;

    public Params {
      enabled = enabled == null || enabled;
      keep = canonical("keep", keep == null ? List.of() : keep);
      detect = canonical("detect", detect == null ? DETECT_DEFAULT : detect);
      minScore = minScore == null ? MIN_SCORE_DEFAULT : minScore;
      if (!(minScore >= 0 && minScore <= 1)) {
        throw new IllegalArgumentException("language: min_score must be in [0, 1], got " + minScore);
      }
      sampleChars = sampleChars == null ? SAMPLE_CHARS_DEFAULT : sampleChars;
      if (sampleChars < 60) {
        throw new IllegalArgumentException("language: sample_chars must be at least 60, got " + sampleChars);
      }
    }

    /** The languages identification tells apart: {@code detect} plus every language in {@code keep}. */
    public Set<String> languages() {
      Set<String> all = new LinkedHashSet<>(detect);
      all.addAll(keep);
      return all;
    }

    private static List<String> canonical(String key, List<String> tags) {
      List<String> out = new ArrayList<>();
      for (String t : tags) {
        String c = canonicalTag(t);
        if (!LanguageCodes.isKnown(c)) {
          throw new IllegalArgumentException("language: " + key + " names unknown language '" + t + "' (known: "
              + String.join(", ", LanguageCodes.known()) + ")");
        }
        out.add(c);
      }
      return List.copyOf(out);
    }

    /** {@code ZH-hant} → {@code zh-Hant}: lower-case language, title-case script, upper-case region. */
    static String canonicalTag(String tag) {
      if (tag == null || tag.isBlank()) {
        throw new IllegalArgumentException("language: empty language tag");
      }
      String[] parts = tag.trim().split("-");
      StringBuilder out = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i];
        out.append('-').append(p.length() == 4
            ? p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1).toLowerCase(Locale.ROOT)
            : p.toUpperCase(Locale.ROOT));
      }
      return out.toString();
    }
  }

  private final Params params;

  public LanguageFilter(Params params) {
    this.params = params;
  }

  /** The identifier a recipe's {@code filters.language} section configures (defaults when absent). */
  public static LanguageIdentifier identifier(FilterSpecs specs) {
    Params p = (Params) specs.byFamily().get(FAMILY);
    if (p == null) {
      p = new Params(null, null, null, null, null);
    }
    return new ContentLanguageIdentifier(p.languages(), p.sampleChars());
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public List<String> signalNames() {
    return List.of();
  }

  @Override
  public void measure(DocumentAnalysis doc, Signals out) {
    // the lang and lang_score columns are this family's signals; the refiner sets them before any filter runs
  }

  @Override
  public Verdict decide(DocumentAnalysis doc, Signals signals) {
    String lang = doc.lang();
    if (!params.keep().isEmpty() && params.keep().stream().noneMatch(k -> LanguageCodes.matches(lang, k))) {
      return Verdict.reject(Why.NOT_WANTED, lang + " not in " + params.keep());
    }
    if (doc.langScore() < params.minScore()) {
      return Verdict.reject(Why.LOW_SCORE, String.format(Locale.ROOT, "%s %.4f < %s", lang, doc.langScore(),
          params.minScore()));
    }
    return Verdict.keep();
  }
}
