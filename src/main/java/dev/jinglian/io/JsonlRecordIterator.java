package dev.jinglian.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * JSON Lines (optionally gzip'd): one object per line; blank lines are skipped. Reads a whole file or one
 * {@link FileSplit} of an uncompressed file: the lines that start inside the split's byte range.
 */
final class JsonlRecordIterator extends RecordIterator {
  private static final int MAX_NESTING = 200;

  private final Supplier<InputStream> opener;
  /** Offset in the file of the stream's first byte, and where this reader's lines must start before. */
  private final long[] streamOffset = {0};
  private final long linesBefore;
  private final long end;
  private final int maxRecordBytes;
  private final FieldMapping fields;
  private final ObjectMapper json;
  private final StrictUtf8 utf8 = new StrictUtf8();
  private InputStream in;
  private ByteLineReader lines;

  /**
   * @param opener opens the input at the first line to read and stores that line's file offset in its argument
   * @param linesBefore lines of the file before the first one read
   * @param end lines starting at or after this file offset are not read ({@code < 0}: read to the end)
   */
  JsonlRecordIterator(String source, String file, Function<long[], InputStream> opener,
      long linesBefore, long end, FieldMapping fields, int maxRecordBytes, int quarantineRawBytes) {
    super(source, file, quarantineRawBytes);
    this.opener = () -> opener.apply(streamOffset);
    this.linesBefore = linesBefore;
    this.end = end;
    this.fields = fields;
    this.maxRecordBytes = maxRecordBytes;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(maxRecordBytes)
            .maxNestingDepth(MAX_NESTING)
            .build())
        .build();
    this.json = new ObjectMapper(factory);
  }

  @Override
  protected RawRecord readNext() throws IOException {
    if (lines == null) {
      in = opener.get();
      lines = new ByteLineReader(in, maxRecordBytes, linesBefore);
    }
    while ((end < 0 || streamOffset[0] + lines.position() < end) && lines.next()) {
      if (lines.isOversized()) {
        return bad(lines.lineNumber(), "record of " + lines.oversizedLength() + " bytes exceeds max_record_bytes "
            + maxRecordBytes, lines.bytes(), lines.length());
      }
      if (lines.isBlank()) {
        continue;
      }
      return parse(lines.lineNumber(), lines.bytes(), lines.length());
    }
    return null;
  }

  private RawRecord parse(long line, byte[] bytes, int length) {
    String decoded;
    try {
      decoded = utf8.decode(bytes, 0, length);
    } catch (StrictUtf8.InvalidUtf8Exception e) {
      return bad(line, e.getMessage(), bytes, length);
    }
    JsonNode node;
    try {
      node = json.readTree(decoded);
    } catch (IOException | RuntimeException e) {
      return bad(line, "malformed JSON: " + firstLine(e.getMessage()), bytes, length);
    }
    if (node == null || !node.isObject()) {
      return bad(line, "expected a JSON object, got " + (node == null ? "nothing" : FieldMapping.kind(node)), bytes,
          length);
    }
    try {
      String text = fields.text(node);
      String id = fields.id(node);
      return RawRecord.document(source, file, line, id, text, fields.metadata(node));
    } catch (FieldMapping.FieldException e) {
      return bad(line, e.getMessage(), bytes, length);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  @Override
  protected long failurePosition() {
    return lines == null ? linesBefore : lines.lineNumber() + 1;
  }

  @Override
  public void close() throws IOException {
    if (in != null) {
      in.close();
    }
  }
}
