package dev.jinglian.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads raw byte lines ({@code \n}-terminated, a trailing {@code \r} removed) without decoding, so that invalid
 * UTF-8 can be reported per line. A line longer than the limit is not kept in memory: it is skipped up to its end
 * and reported as oversized with its true length.
 */
public final class ByteLineReader {
  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int end;
  private byte[] line = new byte[1024];
  private int lineLength;
  private long oversizedLength = -1;
  private long lineNumber;
  /** Offset in the stream of {@code buf[0]}. */
  private long bufferOffset;

  public ByteLineReader(InputStream in, int maxLineBytes) {
    this(in, maxLineBytes, 0);
  }

  /** A reader whose first line is number {@code linesBefore + 1} (the stream starts mid-file). */
  public ByteLineReader(InputStream in, int maxLineBytes, long linesBefore) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    this.lineNumber = linesBefore;
  }

  /** Offset in the stream where the next line starts (bytes consumed so far). */
  public long position() {
    return bufferOffset + pos;
  }

  /** Advances to the next line; false at end of input. */
  public boolean next() throws IOException {
    lineLength = 0;
    oversizedLength = -1;
    long total = 0;
    boolean any = false;
    while (true) {
      if (pos == end) {
        bufferOffset += end;
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          if (!any) {
            return false;
          }
          break;
        }
      }
      any = true;
      int start = pos;
      while (pos < end && buf[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      total += n;
      if (oversizedLength < 0) {
        if (total > maxLineBytes) {
          oversizedLength = total;
          // keep the head of the line for the quarantine record, drop the rest
          append(start, Math.max(0, Math.min(n, line.length - lineLength)));
        } else {
          append(start, n);
        }
      } else {
        oversizedLength = total;
      }
      if (pos < end) {
        pos++; // consume '\n'
        break;
      }
    }
    lineNumber++;
    if (oversizedLength < 0 && lineLength > 0 && line[lineLength - 1] == '\r') {
      lineLength--;
    }
    return true;
  }

  private void append(int start, int n) {
    if (lineLength + n > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
    }
    System.arraycopy(buf, start, line, lineLength, n);
    lineLength += n;
  }

  /** The current line's bytes (valid up to {@link #length()}); for an oversized line, its head only. */
  public byte[] bytes() {
    return line;
  }

  public int length() {
    return lineLength;
  }

  /** 1-based number of the current line. */
  public long lineNumber() {
    return lineNumber;
  }

  public boolean isOversized() {
    return oversizedLength >= 0;
  }

  /** The full length of an oversized line in bytes. */
  public long oversizedLength() {
    return oversizedLength;
  }

  public boolean isBlank() {
    for (int i = 0; i < lineLength; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
