package dev.jinglian.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 decoding that reports malformed input with its byte offset instead of replacing it. */
public final class StrictUtf8 {
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);

  /** Thrown with the offset of the first bad byte. */
  public static final class InvalidUtf8Exception extends Exception {
    private final long offset;

    InvalidUtf8Exception(long offset) {
      super("invalid UTF-8 at byte " + offset);
      this.offset = offset;
    }

    public long offset() {
      return offset;
    }
  }

  public String decode(byte[] bytes, int offset, int length) throws InvalidUtf8Exception {
    if (isAscii(bytes, offset, length)) {
      return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
    try {
      CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(bytes, offset, length));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new InvalidUtf8Exception(firstBadByte(bytes, offset, length));
    }
  }

  private static boolean isAscii(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  private long firstBadByte(byte[] bytes, int offset, int length) {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer out = CharBuffer.allocate(Math.max(16, length));
    decoder.reset().decode(in, out, true);
    return in.position() - offset;
  }
}
