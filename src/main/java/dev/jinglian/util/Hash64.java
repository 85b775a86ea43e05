package dev.jinglian.util;

/**
 * Fast, stable 64-bit hashes for strings and small values: FNV-1a over UTF-16 chars, finished with the MurmurHash3
 * 64-bit mixer. Stable across JVMs and runs (unlike {@link String#hashCode} seeds in other languages), so hashed
 * indexes built on the driver match what executors compute.
 */
public final class Hash64 {
  /** Start value of an incremental FNV-1a hash ({@link #step}, then {@link #mix}). */
  public static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hash64() {}

  /** Hash of {@code s[from, to)}, without copying it. */
  public static long of(CharSequence s, int from, int to) {
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      h = step(h, s.charAt(i));
    }
    return mix(h);
  }

  /** Feeds one character (or code point) into an incremental FNV-1a hash. */
  public static long step(long h, int c) {
    return (h ^ c) * FNV_PRIME;
  }

  public static long of(CharSequence s) {
    return of(s, 0, s.length());
  }

  /** MurmurHash3's fmix64: every input bit affects every output bit. */
  public static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
