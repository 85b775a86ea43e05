package dev.jinglian.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChunkTokenCacheTest {
  /** Tokens made up from the chunk's text, so a wrong entry would show. */
  private static int[] fakeTokens(String chunk) {
    int[] ids = new int[1 + chunk.length() % 3];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = chunk.hashCode() + i;
    }
    return ids;
  }

  private static int[] lookup(ChunkTokenCache cache, String text, int start, int end) {
    int slot = cache.find(text, start, end);
    if (slot < 0) {
      slot = cache.put(text, start, end, fakeTokens(text.substring(start, end)));
    }
    int[] out = new int[cache.tokenCount(slot)];
    cache.copyTokens(slot, out, 0);
    return out;
  }

  @Test
  void findsChunksInsideLongerTextWithoutCopyingThem() {
    ChunkTokenCache cache = new ChunkTokenCache();
    String text = "中文 and English";
    assertThat(cache.find(text, 2, 6)).isNegative();
    cache.put(text, 2, 6, new int[] {7, 8});
    int slot = cache.find("xx and yy", 2, 6);
    assertThat(slot).isNotNegative();
    assertThat(cache.tokenCount(slot)).isEqualTo(2);
    assertThat(cache.find("xx anD yy", 2, 6)).isNegative();
    assertThat(cache.find(text, 2, 5)).isNegative();
  }

  @Test
  void staysCorrectAcrossManyDistinctChunksAndTheEmptyingWhenFull() {
    ChunkTokenCache cache = new ChunkTokenCache();
    // several generations' worth of distinct chunks, each looked up twice at different times
    int distinct = 800_000;
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < distinct; i++) {
        String text = "<" + Integer.toString(i * 7919, 36) + ">";
        assertThat(lookup(cache, text, 1, text.length() - 1))
            .isEqualTo(fakeTokens(text.substring(1, text.length() - 1)));
      }
    }
  }

  @Test
  void aChunkInUseSurvivesEveryTurnOfTheGenerations() {
    ChunkTokenCache cache = new ChunkTokenCache();
    String hot = " the";
    cache.put(hot, 0, hot.length(), new int[] {279});
    for (int i = 0; i < 1_500_000; i++) {
      String cold = "#" + i;
      if (cache.find(cold, 0, cold.length()) < 0) {
        cache.put(cold, 0, cold.length(), fakeTokens(cold));
      }
      if (i % 1_000 == 0) {
        int slot = cache.find(hot, 0, hot.length());
        assertThat(slot).as("hot chunk after %d cold ones", i).isNotNegative();
        assertThat(cache.tokenCount(slot)).isEqualTo(1);
      }
    }
  }

  @Test
  void refusesChunksLongerThanItKeeps() {
    ChunkTokenCache cache = new ChunkTokenCache();
    String text = "x".repeat(ChunkTokenCache.MAX_CHUNK + 1);
    assertThatThrownBy(() -> cache.put(text, 0, text.length(), new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
