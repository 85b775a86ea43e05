package dev.jinglian.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Streams one file's records. Subclasses produce records with {@link #readNext()}; an I/O failure in the middle of
 * a file (truncated gzip, unreadable file) ends the file with one bad record naming where it happened, so that
 * what was read before it is kept and the run goes on.
 */
public abstract class RecordIterator implements Iterator<RawRecord>, Closeable {
  protected final String source;
  protected final String file;
  protected final int quarantineRawBytes;
  private RawRecord next;
  private boolean done;

  protected RecordIterator(String source, String file, int quarantineRawBytes) {
    this.source = source;
    this.file = file;
    this.quarantineRawBytes = quarantineRawBytes;
  }

  /** The next record, or null at the end of the file. */
  protected abstract RawRecord readNext() throws IOException;

  /** The position to report when the file fails mid-way (e.g. the last line number read + 1). */
  protected abstract long failurePosition();

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      try {
        next = readNext();
      } catch (IOException | RuntimeException e) {
        next = RawRecord.bad(source, file, failurePosition(), "file unreadable from here on: " + describe(e), null);
        done = true;
        closeQuietly();
        return true;
      }
      if (next == null) {
        done = true;
        closeQuietly();
      }
    }
    return next != null;
  }

  @Override
  public final RawRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawRecord r = next;
    next = null;
    return r;
  }

  protected RawRecord bad(long line, String error, byte[] bytes, int length) {
    byte[] raw = bytes == null ? null : Arrays.copyOf(bytes, Math.min(length, quarantineRawBytes));
    return RawRecord.bad(source, file, line, error, raw);
  }

  static String describe(Throwable e) {
    String msg = e.getMessage();
    return e.getClass().getSimpleName() + (msg == null ? "" : ": " + msg.replace('\n', ' '));
  }

  private void closeQuietly() {
    try {
      close();
    } catch (IOException | UncheckedIOException ignored) {
      // the failure, if any, is already recorded
    }
  }
}
