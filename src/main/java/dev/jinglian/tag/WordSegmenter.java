package dev.jinglian.tag;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words for every language in one pass: runs of Han and Kana characters go to HanLP, everything
 * else (Latin, Cyrillic, Hangul, digits: space-delimited scripts) is split at spaces and punctuation, keeping
 * {@code don't}, {@code e-mail}, {@code 3.14} and {@code 1,000} whole. Punctuation and symbols are tokens too.
 *
 * <p>Chinese modes (measured in docs/BENCHMARKS.md): {@link Mode#VITERBI} is HanLP's Viterbi segmenter over the
 * core dictionary without the name recognizers and part-of-speech pass (correct on the usual ambiguity tests);
 * {@link Mode#FAST} (the default) gives nearly the same words at a fraction of the cost by running that Viterbi
 * only where forward and backward maximum matching disagree ({@link AgreementSegmenter});
 * {@link Mode#STANDARD} adds person/place/organization recognition and natures; {@link Mode#LONGEST_MATCH} is
 * forward longest match alone (makes 和服/务-style errors).
 * HanLP segmenters are configured once per JVM and only used for analysis afterwards, which is thread-safe.
 */
public final class WordSegmenter {
  /** Chinese segmentation quality/speed trade-off. */
  public enum Mode { FAST, VITERBI, STANDARD, LONGEST_MATCH }

  private static final class Segmenters {
    static final Segment VITERBI = HanLP.newSegment()
        .enableNameRecognize(false).enableCustomDictionary(false).enablePartOfSpeechTagging(false)
        .enableNumberQuantifierRecognize(false);
    static final Segment STANDARD = HanLP.newSegment()
        .enableNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(true)
        .enablePartOfSpeechTagging(true);
    static final Segment LONGEST_MATCH = new DoubleArrayTrieSegment().enableCustomDictionary(false);
    static final AgreementSegmenter FAST = new AgreementSegmenter(VITERBI);
  }

  private final Mode mode;

  private WordSegmenter(Mode mode) {
    this.mode = mode;
  }

  public static WordSegmenter of(Mode mode) {
    return new WordSegmenter(mode);
  }

  public static WordSegmenter named(String name) {
    return of(Mode.valueOf(name.toUpperCase(Locale.ROOT)));
  }

  public Mode mode() {
    return mode;
  }

  /** The HanLP segmenter of the modes that are one; {@code fast} combines two ({@link AgreementSegmenter}). */
  private Segment hanlpSegment() {
    return switch (mode) {
      case FAST -> throw new IllegalStateException("fast mode is not a single HanLP segmenter");
      case VITERBI -> Segmenters.VITERBI;
      case STANDARD -> Segmenters.STANDARD;
      case LONGEST_MATCH -> Segmenters.LONGEST_MATCH;
    };
  }

  /** Receives a text's tokens in order: {@code text[start, end)}, its kind, and HanLP's nature or null. */
  private interface TokenSink {
    void token(int start, int end, Token.Kind kind, String nature);
  }

  public List<Token> segment(String text) {
    List<Token> out = new ArrayList<>(Math.max(16, text.length() / 3));
    scan(text, (start, end, kind, nature) -> out.add(new Token(text.substring(start, end), start, kind, nature)));
    return out;
  }

  /** How many of {@link #segment}'s tokens are words, without making the tokens. */
  public int countWords(String text) {
    int[] words = {0};
    scan(text, (start, end, kind, nature) -> {
      if (kind == Token.Kind.WORD) {
        words[0]++;
      }
    });
    return words[0];
  }

  private void scan(String text, TokenSink sink) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (isCjk(cp)) {
        int end = i + len;
        while (end < n) {
          int c = text.codePointAt(end);
          if (!isCjk(c)) {
            break;
          }
          end += Character.charCount(c);
        }
        scanChinese(text, i, end, sink);
        i = end;
      } else if (Character.isLetterOrDigit(cp)) {
        int end = wordEnd(text, i);
        sink.token(i, end, Token.Kind.WORD, null);
        i = end;
      } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        i += len;
      } else {
        sink.token(i, i + len, Script.of(cp) == Script.SYMBOL ? Token.Kind.SYMBOL : Token.Kind.PUNCTUATION, null);
        i += len;
      }
    }
  }

  /** The words of the Han/Kana run {@code text[from, to)}. */
  private void scanChinese(String text, int from, int to, TokenSink sink) {
    if (to - from == 1) {
      sink.token(from, to, Token.Kind.WORD, null);
      return;
    }
    String run = text.substring(from, to);
    if (mode == Mode.FAST) {
      int[] start = {from};
      Segmenters.FAST.segment(run, end -> {
        sink.token(start[0], from + end, Token.Kind.WORD, null);
        start[0] = from + end;
      });
      return;
    }
    int pos = from;
    for (Term t : hanlpSegment().seg(run)) {
      String nature = mode == Mode.STANDARD && t.nature != null ? t.nature.toString() : null;
      sink.token(pos, pos + t.word.length(), Token.Kind.WORD, nature);
      pos += t.word.length();
    }
  }

  /** End of a space-delimited word starting at {@code start}: letters/digits, joined by ' - . , between them. */
  private static int wordEnd(String text, int start) {
    int n = text.length();
    int i = start;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp) && !isCjk(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      if ((cp == '\'' || cp == '\u2019' || cp == '-' || cp == '.' || cp == ',' || cp == '_') && i + 1 < n) {
        int next = text.codePointAt(i + 1);
        boolean joinable = Character.isLetterOrDigit(next) && !isCjk(next)
            && (cp != ',' || (Character.isDigit(text.codePointBefore(i)) && Character.isDigit(next)));
        if (joinable) {
          i += 1;
          continue;
        }
      }
      break;
    }
    return i;
  }

  /** Han ideographs and Japanese kana: the scripts written without spaces between words. */
  public static boolean isCjk(int cp) {
    if (cp < 0x2E80) {
      return false;
    }
    Script s = Script.of(cp);
    return s == Script.HAN || s == Script.KANA;
  }
}
