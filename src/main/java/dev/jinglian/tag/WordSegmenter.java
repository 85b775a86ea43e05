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

  public List<Token> segment(String text) {
    List<Token> out = new ArrayList<>(Math.max(16, text.length() / 3));
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
        addChinese(text.substring(i, end), i, out);
        i = end;
      } else if (Character.isLetterOrDigit(cp)) {
        int end = wordEnd(text, i);
        out.add(new Token(text.substring(i, end), i, Token.Kind.WORD, null));
        i = end;
      } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        i += len;
      } else {
        Script s = Script.of(cp);
        out.add(new Token(text.substring(i, i + len), i,
            s == Script.SYMBOL ? Token.Kind.SYMBOL : Token.Kind.PUNCTUATION, null));
        i += len;
      }
    }
    return out;
  }

  private void addChinese(String run, int offset, List<Token> out) {
    if (run.length() == 1) {
      out.add(new Token(run, offset, Token.Kind.WORD, null));
      return;
    }
    if (mode == Mode.FAST) {
      int[] start = {0};
      Segmenters.FAST.segment(run, end -> {
        out.add(new Token(run.substring(start[0], end), offset + start[0], Token.Kind.WORD, null));
        start[0] = end;
      });
      return;
    }
    int pos = 0;
    for (Term t : hanlpSegment().seg(run)) {
      String nature = t.nature == null ? null : t.nature.toString();
      out.add(new Token(t.word, offset + pos, Token.Kind.WORD, mode == Mode.STANDARD ? nature : null));
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
