package dev.jinglian.job;

import dev.jinglian.dedup.DedupReason;
import dev.jinglian.doc.RefinedDocument;
import dev.jinglian.doc.WorkTable;
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
import java.util.Map;

/**
 * The fused per-document pass: normalize (and cut boilerplate lines) → identify language → segment and count → measure every filter's
 * signals → decide. Pure Java (no Spark), built once per partition; HanLP runs once per document.
 */
public final class DocumentRefiner {
  public static final String STAGE_NORMALIZE = "normalize";
  public static final String STAGE_FILTER = "filter";
  public static final String STAGE_DEDUP = "dedup";
  public static final String REASON_EMPTY = "normalize/empty_after_normalize";

  private final List<Transform> transforms;
  /** Boilerplate-line removal after normalization ({@code dedup.lines}), or null. */
  private final Transform boilerplate;
  private final LanguageIdentifier languages;
  private final WordSegmenter segmenter;
  private final TokenCounter tokens;
  private final Map<String, List<DocumentFilter>> filtersBySource = new java.util.HashMap<>();
  private final boolean keepTokenIds;
  private final long seed;

  public DocumentRefiner(Recipe recipe) {
    this(recipe, null);
  }

  /**
   * @param boilerplate removes the corpus's boilerplate lines from the normalized text before anything is
   *     measured ({@code dedup.lines}); null when the recipe does not ask for it
   */
  public DocumentRefiner(Recipe recipe, Transform boilerplate) {
    this.transforms = Normalization.from(recipe.normalize());
    this.boilerplate = boilerplate;
    this.languages = LanguageFilter.identifier(recipe.filters());
    this.segmenter = WordSegmenter.named(recipe.tokenizer().segmenter());
    this.tokens = TokenCounter.named(recipe.tokenizer().encoding());
    for (dev.jinglian.recipe.SourceSpec s : recipe.sources()) {
      filtersBySource.put(s.name(), recipe.filtersFor(s.name()).buildEnabled());
    }
    this.keepTokenIds = recipe.shards().tokenIds();
    this.seed = recipe.seed();
  }

  /**
   * Names of the signal columns: every signal of a family enabled for any source, in registry order (a family
   * enabled for one source only leaves its columns null for the others).
   */
  public static List<String> signalNames(Recipe recipe) {
    List<String> names = new ArrayList<>();
    enabledInRegistryOrder(recipe).forEach(f -> names.addAll(f.signalNames()));
    return names;
  }

  /** The work table this recipe's documents are refined into: its signal and list columns, and token ids if kept. */
  public static WorkTable workTable(Recipe recipe) {
    return new WorkTable(signalNames(recipe), listNames(recipe), recipe.shards().tokenIds());
  }

  /** Names of the list-valued ({@code array<string>}) tag columns, in the same order as {@link #signalNames}. */
  public static List<String> listNames(Recipe recipe) {
    List<String> names = new ArrayList<>();
    enabledInRegistryOrder(recipe).forEach(f -> names.addAll(f.listNames()));
    return names;
  }

  /** One filter per family enabled for any source, in registry order. */
  private static List<DocumentFilter> enabledInRegistryOrder(Recipe recipe) {
    Map<String, DocumentFilter> enabled = new java.util.HashMap<>();
    for (dev.jinglian.recipe.SourceSpec s : recipe.sources()) {
      for (DocumentFilter f : recipe.filtersFor(s.name()).buildEnabled()) {
        enabled.putIfAbsent(f.family(), f);
      }
    }
    List<DocumentFilter> out = new ArrayList<>();
    for (dev.jinglian.filter.FilterDefinition<?> def : dev.jinglian.filter.FilterRegistry.definitions()) {
      DocumentFilter f = enabled.get(def.family());
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  public RefinedDocument refine(RawRecord record) {
    Edits edits = new Edits();
    String text = Normalization.apply(transforms, record.text(), edits);
    String id = record.id() != null ? record.id()
        : DocumentIds.derive(record.source(), InputFiles.fileName(record.file()), record.line(), record.text());
    if (text.isEmpty()) {
      return emptied(id, record, edits, STAGE_NORMALIZE, REASON_EMPTY, "no text left after normalization");
    }
    if (boilerplate != null) {
      text = boilerplate.apply(text, edits);
      if (text.isEmpty()) {
        return emptied(id, record, edits, STAGE_DEDUP, DedupReason.BOILERPLATE_ONLY.key(),
            "every line is boilerplate repeated across the corpus");
      }
    }
    Signals signals = new Signals();
    DocumentAnalysis doc = new DocumentAnalysis(record.source(), text, record.meta(), segmenter);
    doc.setId(id, seed);
    languages.identify(doc);
    // with shards.token_ids the text is encoded once and counted from the ids: never tokenized twice
    int[] ids = keepTokenIds ? tokens.encode(text) : null;
    doc.setBpeTokens(ids != null ? ids.length : tokens.count(text));
    List<DocumentFilter> filters = filtersBySource.get(record.source());
    for (DocumentFilter f : filters) {
      f.measure(doc, signals);
    }
    int words = doc.wordCount(); // after the filters: reuses their tokens, or counts without making any
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
        first.rejected() ? first.detail() : null, ids, skipped, signals.lists());
  }

  /** A document with no text left before analysis: rejected at {@code stage}, no language, tokens or signals. */
  private static RefinedDocument emptied(String id, RawRecord record, Edits edits, String stage, String reason,
      String detail) {
    return new RefinedDocument(id, record.source(), "", "und", 0, 0, 0, record.meta(), edits.asMap(),
        new Signals().asMap(), stage, reason, detail, null, List.of());
  }
}
