package dev.jinglian.doc;

/** Column names shared by the work table, shards, rejected and quarantine outputs. */
public final class Columns {
  public static final String ID = "id";
  public static final String SOURCE = "source";
  public static final String TEXT = "text";
  public static final String LANG = "lang";
  public static final String LANG_SCORE = "lang_score";
  public static final String TOKENS = "tokens";
  public static final String TOKEN_IDS = "token_ids";
  public static final String WORDS = "words";
  public static final String META = "meta";
  /** TextRank keywords ({@code array<string>}, family {@code word_tags}). */
  public static final String KEYWORDS = "keywords";
  public static final String EDITS = "edits";
  /** Rules not applicable to a document ({@code family} or {@code family/rule}), counted per language. */
  public static final String SKIPPED = "skipped";
  public static final String STAGE = "stage";
  public static final String REASON = "reason";
  public static final String DETAIL = "detail";
  public static final String DUPLICATE_OF = "duplicate_of";
  public static final String FILE = "file";
  public static final String LINE = "line";
  public static final String ERROR = "error";
  public static final String RAW = "raw";

  private Columns() {}
}
