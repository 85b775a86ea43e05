package dev.jinglian.tag;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One document's text and the views every tagger and filter shares: lines, script profile and HanLP words.
 * Each view is computed at most once per document (the segmenter runs once, however many rules read words).
 */
public final class DocumentAnalysis {
  private final String source;
  private final String text;
  private final Map<String, String> meta;
  private final WordSegmenter segmenter;
  private List<String> lines;
  private ScriptProfile scripts;
  private List<Token> tokens;
  private List<String> words;
  private int wordCount = -1;
  private String id;
  private long runSeed;
  private String lang = "und";
  private double langScore;
  private int bpeTokens = -1;
  private Map<Class<?>, Object> derived;

  public DocumentAnalysis(String source, String text, WordSegmenter segmenter) {
    this(source, text, Map.of(), segmenter);
  }

  /** A document with the metadata fields its source copies (e.g. a URL for domain rules). */
  public DocumentAnalysis(String source, String text, Map<String, String> meta, WordSegmenter segmenter) {
    this.source = source;
    this.text = text;
    this.meta = meta == null ? Map.of() : meta;
    this.segmenter = segmenter;
  }

  public String source() {
    return source;
  }

  public String text() {
    return text;
  }

  /** Metadata fields of the input record (the source's {@code metadata_fields}), as strings; never null. */
  public Map<String, String> meta() {
    return meta;
  }

  /** Lines of the text without their terminators; blank lines included. */
  public List<String> lines() {
    if (lines == null) {
      List<String> out = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          out.add(text.substring(start, i));
          start = i + 1;
        }
      }
      out.add(text.substring(start));
      lines = Collections.unmodifiableList(out);
    }
    return lines;
  }

  public ScriptProfile scripts() {
    if (scripts == null) {
      scripts = ScriptProfile.of(text);
    }
    return scripts;
  }

  /** The segmenter's Chinese mode: only {@link WordSegmenter.Mode#STANDARD} gives tokens natures (names). */
  public WordSegmenter.Mode segmenterMode() {
    return segmenter.mode();
  }

  /** Words, punctuation and symbols in order, with offsets (whitespace dropped). */
  public List<Token> segmented() {
    if (tokens == null) {
      tokens = segmenter.segment(text);
    }
    return tokens;
  }

  /** The document's words (tokens with a letter or digit), in order. */
  public List<String> words() {
    if (words == null) {
      List<Token> tokens = segmented();
      List<String> out = new ArrayList<>(tokens.size());
      for (Token t : tokens) {
        if (t.isWord()) {
          out.add(t.text());
        }
      }
      words = Collections.unmodifiableList(out);
    }
    return words;
  }

  /**
   * How many words the document has: {@code words().size()}, but counted without making the tokens when no rule
   * has asked for them (the backbone only needs the number).
   */
  public int wordCount() {
    if (words != null) {
      return words.size();
    }
    if (wordCount < 0) {
      wordCount = tokens != null ? (int) tokens.stream().filter(Token::isWord).count() : segmenter.countWords(text);
    }
    return wordCount;
  }

  /** The document id, or null when the caller set none (see {@link #setId}). */
  public String id() {
    return id;
  }

  /** Names the document and the run's seed (the recipe's {@code seed}) for {@link #uniform}. */
  public void setId(String id, long runSeed) {
    this.id = id;
    this.runSeed = runSeed;
  }

  /**
   * A uniform number in [0, 1) that depends only on the run seed, the document id (its text when no id was set)
   * and {@code stream}: a stochastic rule draws from it, so re-running a recipe makes the same choices whatever
   * the partitioning, and rules with different streams draw independently.
   */
  public double uniform(String stream) {
    long bits = Hashing.murmur3_128().newHasher()
        .putLong(runSeed)
        .putString(id != null ? id : text, StandardCharsets.UTF_8)
        .putByte((byte) 0)
        .putString(stream, StandardCharsets.UTF_8)
        .hash().asLong();
    return (bits >>> 11) * 0x1.0p-53;
  }

  public String lang() {
    return lang;
  }

  public double langScore() {
    return langScore;
  }

  public void setLanguage(String lang, double score) {
    this.lang = lang;
    this.langScore = score;
  }

  /** Whether the detected language writes without spaces between words (Chinese, Japanese). */
  public boolean isCjk() {
    return lang.startsWith("zh") || lang.equals("ja");
  }

  /**
   * A value derived from this document that several rules need (for example the n-gram tables of the
   * repetition rules), computed by the first caller and shared with the others; one value per type.
   */
  public <T> T derived(Class<T> type, Function<DocumentAnalysis, T> compute) {
    if (derived == null) {
      derived = new HashMap<>();
    }
    Object value = derived.get(type);
    if (value == null) {
      value = compute.apply(this);
      derived.put(type, value);
    }
    return type.cast(value);
  }

  /** BPE tokens in the recipe's encoding. */
  public int bpeTokens() {
    return bpeTokens;
  }

  public void setBpeTokens(int tokens) {
    this.bpeTokens = tokens;
  }
}
