package dev.jinglian.dedup;

/** The 64-bit finalizer of MurmurHash3: a cheap bijection whose every output bit depends on every input bit. */
final class Hashing64 {
  private Hashing64() {}

  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }
}
