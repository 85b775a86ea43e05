package dev.jinglian.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/**
 * Which boundaries between two adjacent three-byte UTF-8 letters (all of common CJK) no token of a BPE vocabulary
 * can span. BPE only ever forms tokens of its vocabulary, so if no vocabulary token contains bytes from both sides
 * of a boundary, the merges on the two sides never meet and the piece's tokens are the tokens of its two halves.
 * Read from the vocabulary itself: for every token and every place inside it where a three-byte character starts
 * after a continuation byte, the token's bytes of the character on the left (a suffix of that character, one to
 * three bytes) and on the right (a prefix, one to three bytes) form a "crossing". In cl100k_base there are fewer
 * than 500 distinct crossings (about 240 multi-character Chinese tokens), so almost every boundary inside a run of
 * Chinese characters is safe.
 */
final class HanBoundaries {
  /** Every crossing as {@code left * 2^32 + right}, sorted (a few hundred; a hashed set of these keys collides). */
  private final long[] crossings;
  /** Bit k-1 set: some crossing's left part is this character's last k bytes. Indexed by BMP code point. */
  private final byte[] leftLengths = new byte[0x10000];
  /** Bit k-1 set: some crossing's right part is this character's first k bytes. */
  private final byte[] rightLengths = new byte[0x10000];

  private HanBoundaries(Set<Long> crossings, Set<Long> lefts, Set<Long> rights) {
    this.crossings = crossings.stream().mapToLong(Long::longValue).sorted().toArray();
    for (char c = 0x800; c != 0; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      for (int k = 1; k <= 3; k++) {
        if (lefts.contains(lastBytes(c, k))) {
          leftLengths[c] |= (byte) (1 << (k - 1));
        }
        if (rights.contains(firstBytes(c, k))) {
          rightLengths[c] |= (byte) (1 << (k - 1));
        }
      }
    }
  }

  /** The boundaries of a tiktoken vocabulary file (base64 token, space, rank per line) read from the classpath. */
  static HanBoundaries ofVocabulary(String resource) {
    Set<Long> crossings = new HashSet<>();
    Set<Long> lefts = new HashSet<>();
    Set<Long> rights = new HashSet<>();
    try (InputStream in = HanBoundaries.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("BPE vocabulary " + resource + " is not on the classpath");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        int space = line.indexOf(' ');
        byte[] token = Base64.getDecoder().decode(space < 0 ? line : line.substring(0, space));
        addCrossings(token, crossings, lefts, rights);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read BPE vocabulary " + resource, e);
    }
    return new HanBoundaries(crossings, lefts, rights);
  }

  private static void addCrossings(byte[] token, Set<Long> crossings, Set<Long> lefts, Set<Long> rights) {
    for (int k = 1; k < token.length; k++) {
      if ((token[k] & 0xF0) != 0xE0 || !isContinuation(token[k - 1])) {
        continue;
      }
      int from = k - 1;
      while (from > 0 && isContinuation(token[from]) && k - from < 3) {
        from--;
      }
      int to = Math.min(token.length, k + 3);
      for (int j = k + 1; j < to; j++) {
        if (!isContinuation(token[j])) {
          to = j;
          break;
        }
      }
      long left = pack(token, from, k);
      long right = pack(token, k, to);
      lefts.add(left);
      rights.add(right);
      crossings.add(left * 0x1_0000_0000L + right);
    }
  }

  /**
   * True when no vocabulary token can contain bytes of both {@code left} and {@code right}, two adjacent BMP
   * characters of three UTF-8 bytes each (U+0800..U+FFFF, not surrogates).
   */
  boolean safe(char left, char right) {
    int l = leftLengths[left];
    int r = rightLengths[right];
    if (l == 0 || r == 0) {
      return true;
    }
    for (int i = 1; i <= 3; i++) {
      if ((l & (1 << (i - 1))) == 0) {
        continue;
      }
      for (int j = 1; j <= 3; j++) {
        if ((r & (1 << (j - 1))) != 0
            && Arrays.binarySearch(crossings, lastBytes(left, i) * 0x1_0000_0000L + firstBytes(right, j)) >= 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@link #pack} of the last {@code k} UTF-8 bytes of three-byte character {@code c}. */
  private static long lastBytes(char c, int k) {
    long b1 = 0x80 | ((c >> 6) & 0x3F);
    long b2 = 0x80 | (c & 0x3F);
    return switch (k) {
      case 1 -> 1L << 8 | b2;
      case 2 -> 2L << 16 | b1 << 8 | b2;
      default -> 3L << 24 | (0xE0 | (c >> 12)) << 16 | b1 << 8 | b2;
    };
  }

  /** {@link #pack} of the first {@code k} UTF-8 bytes of three-byte character {@code c}. */
  private static long firstBytes(char c, int k) {
    long b0 = 0xE0 | (c >> 12);
    long b1 = 0x80 | ((c >> 6) & 0x3F);
    return switch (k) {
      case 1 -> 1L << 8 | b0;
      case 2 -> 2L << 16 | b0 << 8 | b1;
      default -> 3L << 24 | b0 << 16 | b1 << 8 | (0x80 | (c & 0x3F));
    };
  }

  static boolean isThreeByte(char c) {
    return c >= 0x800 && !Character.isSurrogate(c);
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  /** Up to three bytes and their count in one number, so that "\x80" and "\x00\x80" differ. */
  private static long pack(byte[] bytes, int from, int to) {
    long v = to - from;
    for (int i = from; i < to; i++) {
      v = (v << 8) | (bytes[i] & 0xFF);
    }
    return v;
  }
}
