package dev.jinglian.job;

import dev.jinglian.doc.RefinedDocument;
import dev.jinglian.filter.DocumentFilter;
import dev.jinglian.filter.Verdict;
import dev.jinglian.io.DocumentIds;
import dev.jinglian.io.InputFiles;
import dev.jinglian.io.RawRecord;
import dev.jinglian.lang.LanguageIdentifier;
import dev.jinglian.lang.LanguageFilter;
import dev.jinglian.normalize.Edits;
import dev.jinglian.normalize.Normalization;
import dev.jinglian.normalize.Transform;
import dev.jinglian.recipe.Recipe;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import dev.jinglian.tag.TokenCounter;
import dev.jinglian.tag.WordSegmenter;
import java.util.ArrayList;
import java.util.List;

/**
 * The fused per-document pass: normalize → identify language → segment and count → measure every filter's
 * signals → decide. Pure Java (no Spark), built once per partition; HanLP runs once per document.
 */
public final class DocumentRefiner {
  public static final String STAGE_NORMALIZE = "normalize";
  public static final String STAGE_FILTER = "filter";
  public static final String REASON_EMPTY = "normalize/empty_after_normalize";

  private final List<Transform> transforms;
  private final LanguageIdentifier languages;
  private final WordSegmenter segmenter;
  private final TokenCounter tokens;
  private final List<DocumentFilter> filters;

  public DocumentRefiner(Recipe recipe) {
    this.transforms = Normalization.from(recipe.normalize());
    this.languages = LanguageFilter.identifier(recipe.filters());
    this.segmenter = WordSegmenter.named(recipe.tokenizer().segmenter());
    this.tokens = TokenCounter.named(recipe.tokenizer().encoding());
    this.filters = recipe.filters().buildEnabled();
  }

  /** Names of the signal columns, in the order filters declare them. */
  public static List<String> signalNames(Recipe recipe) {
    List<String> names = new ArrayList<>();
    for (DocumentFilter f : recipe.filters().buildEnabled()) {
      names.addAll(f.signalNames());
    }
    return names;
  }

  public RefinedDocument refine(RawRecord record) {
    Edits edits = new Edits();
    String text = record.text();
    for (Transform t : transforms) {
      text = t.apply(text, edits);
    }
    String id = record.id() != null ? record.id()
        : DocumentIds.derive(record.source(), InputFiles.fileName(record.file()), record.line(), record.text());
    Signals signals = new Signals();
    if (text.isEmpty()) {
      return new RefinedDocument(id, record.source(), text, "und", 0, 0, 0, record.meta(), edits.asMap(),
          signals.asMap(), STAGE_NORMALIZE, REASON_EMPTY, "no text left after normalization", List.of());
    }
    DocumentAnalysis doc = new DocumentAnalysis(record.source(), text, segmenter);
    languages.identify(doc);
    doc.setBpeTokens(tokens.count(text));
    int words = doc.words().size();
    for (DocumentFilter f : filters) {
      f.measure(doc, signals);
    }
    // every family decides (decisions are cheap comparisons) so skipped rules are counted for every document;
    // the first rejection in registry order is the one reported
    Verdict first = Verdict.keep();
    List<String> skipped = new ArrayList<>();
    for (DocumentFilter f : filters) {
      Verdict v = f.decide(doc, signals);
      if (v.kind() == Verdict.Kind.NOT_APPLICABLE) {
        skipped.add(f.family());
      } else {
        for (String rule : f.skippedRules(doc, signals)) {
          skipped.add(f.family() + "/" + rule);
        }
      }
      if (v.rejected() && !first.rejected()) {
        first = v;
      }
    }
    return new RefinedDocument(id, record.source(), text, doc.lang(), doc.langScore(), doc.bpeTokens(), words,
        record.meta(), edits.asMap(), signals.asMap(),
        first.rejected() ? STAGE_FILTER : null,
        first.rejected() ? first.reason().key() : null,
        first.rejected() ? first.detail() : null, skipped);
  }
}
