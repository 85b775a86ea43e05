package dev.jinglian.io;

import dev.jinglian.recipe.TextSplit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;

/** Plain UTF-8 text: the whole file, or each blank-line-separated paragraph, is a document. */
final class TextRecordIterator extends RecordIterator {
  private final Supplier<InputStream> opener;
  private final TextSplit split;
  private final int maxRecordBytes;
  private final StrictUtf8 utf8 = new StrictUtf8();
  private InputStream in;
  private ByteLineReader lines;
  private boolean fileDone;

  TextRecordIterator(String source, String file, Supplier<InputStream> opener, TextSplit split, int maxRecordBytes,
      int quarantineRawBytes) {
    super(source, file, quarantineRawBytes);
    this.opener = opener;
    this.split = split;
    this.maxRecordBytes = maxRecordBytes;
  }

  @Override
  protected RawRecord readNext() throws IOException {
    if (lines == null) {
      in = opener.get();
      lines = new ByteLineReader(in, maxRecordBytes);
    }
    return split == TextSplit.FILE ? readFile() : readParagraph();
  }

  private RawRecord readFile() throws IOException {
    if (fileDone) {
      return null;
    }
    fileDone = true;
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    long total = 0;
    while (lines.next()) {
      total += (lines.isOversized() ? lines.oversizedLength() : lines.length()) + 1;
      if (total <= maxRecordBytes) {
        all.write(lines.bytes(), 0, lines.length());
        all.write('\n');
      }
    }
    if (total > maxRecordBytes) {
      byte[] head = all.toByteArray();
      return bad(1, "record of " + total + " bytes exceeds max_record_bytes " + maxRecordBytes, head, head.length);
    }
    return toRecord(1, all.toByteArray(), all.size());
  }

  private RawRecord readParagraph() throws IOException {
    ByteArrayOutputStream para = new ByteArrayOutputStream();
    long firstLine = -1;
    long total = 0;
    while (lines.next()) {
      if (lines.isBlank() && !lines.isOversized()) {
        if (firstLine >= 0) {
          break;
        }
        continue;
      }
      if (firstLine < 0) {
        firstLine = lines.lineNumber();
      }
      total += (lines.isOversized() ? lines.oversizedLength() : lines.length()) + 1;
      if (total <= maxRecordBytes) {
        para.write(lines.bytes(), 0, lines.length());
        para.write('\n');
      }
    }
    if (firstLine < 0) {
      return null;
    }
    byte[] bytes = para.toByteArray();
    if (total > maxRecordBytes) {
      return bad(firstLine, "record of " + total + " bytes exceeds max_record_bytes " + maxRecordBytes, bytes,
          bytes.length);
    }
    return toRecord(firstLine, bytes, bytes.length);
  }

  private RawRecord toRecord(long line, byte[] bytes, int length) {
    String text;
    try {
      text = utf8.decode(bytes, 0, length);
    } catch (StrictUtf8.InvalidUtf8Exception e) {
      return bad(line, e.getMessage(), bytes, length);
    }
    if (text.isBlank()) {
      return bad(line, "empty text", bytes, length);
    }
    return RawRecord.document(source, file, line, null, text, Map.of());
  }

  @Override
  protected long failurePosition() {
    return lines == null ? 0 : lines.lineNumber() + 1;
  }

  @Override
  public void close() throws IOException {
    if (in != null) {
      in.close();
    }
  }
}
