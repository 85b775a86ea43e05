package dev.jinglian.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HotChunkCountsTest {
  private final HotChunkCounts hot = new HotChunkCounts();

  @Test
  void aHitComparesEveryCharacterNotJustTheHash() {
    String text = "xx 数据清洗 and a chunk of twenty-four!";
    long h = 0x1234_5678_9ABC_DEF0L;
    hot.put(h, text, 3, 7, 3);
    assertThat(hot.get(h, text, 3, 7)).isEqualTo(3);
    assertThat(hot.get(h, "xx 数据清理", 3, 7)).as("same hash, last character differs").isEqualTo(-1);
    assertThat(hot.get(h, text, 3, 6)).as("same hash, shorter").isEqualTo(-1);
    assertThat(hot.get(h + 1, text, 3, 7)).as("other hash").isEqualTo(-1);
  }

  @Test
  void chunksOfTheLongestCachedLengthRoundTrip() {
    String chunk = "abcdefghijklmnopqrstuvwx";
    assertThat(chunk).hasSize(ChunkTokenCache.MAX_CHUNK);
    long h = ChunkTable.hash(chunk, 0, chunk.length());
    hot.put(h, chunk, 0, chunk.length(), 7);
    assertThat(hot.get(h, chunk, 0, chunk.length())).isEqualTo(7);
    String other = "abcdefghijklmnopqrstuvwy";
    assertThat(hot.get(h, other, 0, other.length())).isEqualTo(-1);
  }

  @Test
  void aNewChunkInTheSameSlotReplacesTheOldOne() {
    long h = 0x0000_0100_0000_0001L;
    long sameSlot = 0x0000_0100_0000_0002L;
    hot.put(h, "one", 0, 3, 1);
    hot.put(sameSlot, "two", 0, 3, 2);
    assertThat(hot.get(h, "one", 0, 3)).isEqualTo(-1);
    assertThat(hot.get(sameSlot, "two", 0, 3)).isEqualTo(2);
  }
}
