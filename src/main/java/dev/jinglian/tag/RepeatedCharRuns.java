package dev.jinglian.tag;

import java.util.HashMap;
import java.util.Map;

/**
 * The tokens of chunks made of one repeated character, by character and length: the indentation before a word in
 * man pages and code, rules of {@code -} or {@code =}. Such chunks are often longer than
 * {@link ChunkTokenCache#MAX_CHUNK}, but they take few distinct forms, and their BPE tokens depend on nothing but
 * the character and the length. Bounded: past {@link #MAX_FORMS} forms it starts over. Not synchronized: one
 * instance per thread.
 */
final class RepeatedCharRuns {
  static final int MAX_FORMS = 4096;

  private final Map<Long, int[]> idsByForm = new HashMap<>();

  /** True when every char of {@code text[start, end)} is the same. */
  static boolean isRun(String text, int start, int end) {
    char c = text.charAt(start);
    for (int i = start + 1; i < end; i++) {
      if (text.charAt(i) != c) {
        return false;
      }
    }
    return true;
  }

  /** The token ids of {@code length} times {@code c}, or null when not remembered. */
  int[] get(char c, int length) {
    return idsByForm.get(form(c, length));
  }

  void put(char c, int length, int[] ids) {
    if (idsByForm.size() >= MAX_FORMS) {
      idsByForm.clear();
    }
    idsByForm.put(form(c, length), ids);
  }

  private static long form(char c, int length) {
    return ((long) c << 32) | length;
  }
}
