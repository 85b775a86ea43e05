package dev.jinglian.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.jinglian.filter.FilterDefinition;
import dev.jinglian.filter.FilterParams;
import dev.jinglian.filter.Reason;
import dev.jinglian.tag.DocumentAnalysis;
import dev.jinglian.tag.Signals;
import dev.jinglian.tag.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * C4's page rules (Raffel et al. 2020, section 2.2, and the released c4_utils): a line counts only if it ends in
 * terminal punctuation (not an ellipsis), has at least 3 words, no word over 1,000 characters, and mentions
 * neither "javascript" nor a cookie/terms-of-use notice; a page needs at least 5 sentences in such lines, and
 * a page containing "lorem ipsum" or a curly bracket is dropped.
 *
 * <p>Filters never edit text, so where C4 deletes the failing lines this family keeps or drops the whole
 * document and records the share of lines C4 would have kept ({@code c4_kept_line_ratio}). For Chinese and
 * Japanese the terminal punctuation includes 。！？, closing 」』） and the ellipsis "……" that ends dialogue,
 * words are HanLP words, and the notices include 隐私政策/使用条款-style phrases. Off by default: the curly-bracket
 * and five-sentence rules drop code, documentation and short complete texts, which a recipe may well want.
 */
public final class C4Filter extends RuleFamily {
  public static final String FAMILY = "c4";
  public static final String KEPT_LINES = "c4_kept_line_ratio";
  public static final String SENTENCES = "c4_sentences";
  public static final String LOREM_IPSUM = "c4_lorem_ipsum";
  public static final String CURLY_BRACKETS = "c4_curly_brackets";

  private static final Pattern CITATION = Pattern.compile("\\[\\d*]|\\[edit]|\\[citation needed]|\\[编辑]|\\[編輯]");
  private static final List<String> NOTICES = List.of("terms of use", "privacy policy", "cookie policy",
      "uses cookies", "use of cookies", "use cookies", "隐私政策", "隐私权政策", "使用条款", "服务条款", "隱私政策",
      "隱私權政策", "使用條款", "服務條款");

  public static final FilterDefinition<Params> DEFINITION =
      new FilterDefinition<>(FAMILY, Params.class, false, C4Filter::new,
          "C4 page rules: too few sentence lines, lorem ipsum, curly brackets (off by default)");

  /** Why {@link C4Filter} drops a document. */
  public enum Why implements Reason {
    LOREM_IPSUM, CURLY_BRACKET, TOO_FEW_SENTENCES;

    @Override
    public String family() {
      return FAMILY;
    }
  }


  /**
   * @param enabled whether the family runs (default false)
   * @param minSentences fewest sentences in lines C4 keeps (default 5)
   * @param minWordsPerLine fewest words in a kept line (default 3)
   * @param maxWordLength a line with a longer word is not kept (default 1,000 characters)
   * @param loremIpsum drop pages containing "lorem ipsum" (default true)
   * @param curlyBracket drop pages containing "{" (default true)
   */
  public record Params(
      @JsonPropertyDescription("whether the rule runs (off by default)")
      @JsonProperty("enabled") Boolean enabled,
      @JsonPropertyDescription("fewest sentences in lines C4 keeps")
      @JsonProperty("min_sentences") Integer minSentences,
      @JsonPropertyDescription("fewest words in a kept line")
      @JsonProperty("min_words_per_line") Integer minWordsPerLine,
      @JsonPropertyDescription("a line with a longer word is not kept")
      @JsonProperty("max_word_length") Integer maxWordLength,
      @JsonPropertyDescription("drop pages containing \"lorem ipsum\"")
      @JsonProperty("lorem_ipsum") Boolean loremIpsum,
      @JsonPropertyDescription("drop pages containing a curly bracket")
      @JsonProperty("curly_bracket") Boolean curlyBracket) implements FilterParams {
    public Params {
      enabled = enabled != null && enabled;
      minSentences = Thresholds.count(FAMILY, "min_sentences", minSentences, 5);
      minWordsPerLine = Thresholds.count(FAMILY, "min_words_per_line", minWordsPerLine, 3);
      maxWordLength = Thresholds.count(FAMILY, "max_word_length", maxWordLength, 1000);
      loremIpsum = loremIpsum == null || loremIpsum;
      curlyBracket = curlyBracket == null || curlyBracket;
    }
  }

  private final Params params;

  public C4Filter(Params params) {
    super(FAMILY, List.of(KEPT_LINES, SENTENCES, LOREM_IPSUM, CURLY_BRACKETS), cuts(params));
    this.params = params;
  }

  private static List<Thresholds.Cut> cuts(Params params) {
    List<Thresholds.Cut> cuts = new ArrayList<>();
    if (params.loremIpsum()) {
      cuts.add(Thresholds.Cut.max(LOREM_IPSUM, 0, Why.LOREM_IPSUM));
    }
    if (params.curlyBracket()) {
      cuts.add(Thresholds.Cut.max(CURLY_BRACKETS, 0, Why.CURLY_BRACKET));
    }
    cuts.add(Thresholds.Cut.min(SENTENCES, params.minSentences(), Why.TOO_FEW_SENTENCES));
    return cuts;
  }

  @Override
  public void measure(DocumentAnalysis doc, Signals out) {
    List<String> lines = doc.lines();
    int[] words = new int[lines.size()];
    int[] longestWord = new int[lines.size()];
    wordsPerLine(doc, words, longestWord);
    boolean cjk = doc.isCjk();
    int nonBlank = 0;
    int kept = 0;
    int sentences = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      nonBlank++;
      if (line.indexOf('[') >= 0) {
        line = CITATION.matcher(line).replaceAll("").strip();
      }
      if (keeps(line, words[i], longestWord[i], cjk)) {
        kept++;
        sentences += Math.max(1, sentenceEnds(line));
      }
    }
    out.put(KEPT_LINES, Lines.ratio(kept, nonBlank));
    out.put(SENTENCES, sentences);
    out.put(LOREM_IPSUM, Lines.count(doc.text().toLowerCase(Locale.ROOT), "lorem ipsum"));
    out.put(CURLY_BRACKETS, Lines.count(doc.text(), '{'));
  }

  /** Whether C4 keeps a (stripped, citation-free) line. */
  private boolean keeps(String line, int words, int longestWord, boolean cjk) {
    if (longestWord > params.maxWordLength() || words < params.minWordsPerLine()) {
      return false;
    }
    if (!Punctuation.endsSentence(line, cjk) || (!cjk && Punctuation.endsWithEllipsis(line))) {
      return false;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    if (lower.contains("javascript")) {
      return false;
    }
    for (String notice : NOTICES) {
      if (lower.contains(notice)) {
        return false;
      }
    }
    return true;
  }

  /** Words and longest word per line, from the shared segmentation (token offsets mapped to lines). */
  private static void wordsPerLine(DocumentAnalysis doc, int[] words, int[] longestWord) {
    List<String> lines = doc.lines();
    int line = 0;
    int lineEnd = lines.get(0).length();
    for (Token t : doc.segmented()) {
      while (t.offset() > lineEnd && line + 1 < lines.size()) {
        line++;
        lineEnd += 1 + lines.get(line).length();
      }
      if (t.isWord()) {
        words[line]++;
        longestWord[line] = Math.max(longestWord[line], t.text().codePointCount(0, t.text().length()));
      }
    }
  }

  /** Sentence ends in a line: runs of . ! ? 。！？ followed by a space, a closing quote or the end of the line. */
  static int sentenceEnds(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      if (isStop(line.charAt(i)) && (i + 1 == line.length() || !isStop(line.charAt(i + 1)))) {
        char next = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
        boolean chinese = line.charAt(i) >= 0x3000;
        if (chinese || Character.isWhitespace(next) || next == '"' || next == '\u201D' || next == '\'') {
          n++;
        }
      }
    }
    return n;
  }

  private static boolean isStop(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F';
  }
}
