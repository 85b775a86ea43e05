package dev.jinglian.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {
  private final StrictUtf8 utf8 = new StrictUtf8();

  @Test
  void decodesValidTextIncludingARealReplacementCharacter() throws Exception {
    byte[] b = "ok 中文 \uFFFD 𠀀 é".getBytes(StandardCharsets.UTF_8);
    assertThat(utf8.decode(b, 0, b.length)).isEqualTo("ok 中文 \uFFFD 𠀀 é");
    assertThat(utf8.decode(b, 3, 6)).isEqualTo("中文");
  }

  @Test
  void reportsTheOffsetOfTheFirstMalformedByte() {
    byte[][] bad = {
        {'a', (byte) 0xC0, (byte) 0x80}, // overlong NUL
        {'a', 'b', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
        {'x', (byte) 0xE4, (byte) 0xB8}, // truncated at the end
        {'x', 'y', 'z', (byte) 0x80}, // a lone continuation byte
    };
    long[] offsets = {1, 2, 0, 1, 3};
    for (int i = 0; i < bad.length; i++) {
      byte[] b = bad[i];
      long at = offsets[i];
      assertThatThrownBy(() -> utf8.decode(b, 0, b.length))
          .isInstanceOf(StrictUtf8.InvalidUtf8Exception.class)
          .satisfies(e -> assertThat(((StrictUtf8.InvalidUtf8Exception) e).offset()).isEqualTo(at));
    }
  }

  /** Random mixtures of valid characters, U+FFFD and broken sequences, against the JDK's reporting decoder. */
  @Test
  void agreesWithAReportingDecoderOnRandomBytes() {
    Random random = new Random(7);
    for (int n = 0; n < 100_000; n++) {
      byte[] b = randomBytes(random);
      int from = b.length == 0 ? 0 : random.nextInt(Math.min(3, b.length + 1));
      int length = b.length - from;
      String expected;
      long expectedOffset = -1;
      CharsetDecoder reference = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(b, from, length);
      CharBuffer out = CharBuffer.allocate(length + 1);
      CoderResult r = reference.decode(in, out, true);
      if (r.isError()) {
        expected = null;
        expectedOffset = in.position() - from;
      } else {
        reference.flush(out);
        expected = out.flip().toString();
      }
      try {
        assertThat(utf8.decode(b, from, length)).as("case %d", n).isEqualTo(expected);
      } catch (StrictUtf8.InvalidUtf8Exception e) {
        assertThat(expected).as("case %d: rejected valid input", n).isNull();
        assertThat(e.offset()).as("case %d", n).isEqualTo(expectedOffset);
      }
    }
  }

  private static byte[] randomBytes(Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int parts = random.nextInt(12);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(8)) {
        case 0 -> out.writeBytes("abc ".getBytes(StandardCharsets.UTF_8));
        case 1 -> out.writeBytes("精炼数据".getBytes(StandardCharsets.UTF_8));
        case 2 -> out.writeBytes("\uFFFD".getBytes(StandardCharsets.UTF_8));
        case 3 -> out.writeBytes(new String(Character.toChars(0x10000 + random.nextInt(0x100000)))
            .getBytes(StandardCharsets.UTF_8));
        case 4 -> out.write(0x80 + random.nextInt(0x80)); // any non-ASCII byte, alone
        case 5 -> out.writeBytes(new byte[] {(byte) 0xED, (byte) (0xA0 + random.nextInt(0x20)), (byte) 0x80});
        case 6 -> out.writeBytes(new byte[] {(byte) 0xC1, (byte) 0xBF}); // overlong
        default -> {
          byte[] whole = "é中𝄞".getBytes(StandardCharsets.UTF_8);
          out.write(whole, 0, random.nextInt(whole.length + 1)); // cut anywhere, also mid-character
        }
      }
    }
    return out.toByteArray();
  }
}
