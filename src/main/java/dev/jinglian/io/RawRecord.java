package dev.jinglian.io;

import java.util.Map;

/**
 * One record as read from an input file: either a document (text set, error null) or a record that could not
 * be read (error set, raw holds the first bytes of what was read, for the quarantine).
 *
 * @param source recipe source name
 * @param file the input file's path
 * @param line 1-based line (JSONL), first line of the paragraph (text), row number (Parquet); 0 for the file
 * @param id document id from the input, or null when it has none
 * @param text document text, or null for a bad record
 * @param meta metadata fields copied from the input, as strings
 * @param error why the record is bad, or null
 * @param raw leading raw bytes of a bad record, or null
 */
public record RawRecord(String source, String file, long line, String id, String text, Map<String, String> meta,
    String error, byte[] raw) implements java.io.Serializable {

  public static RawRecord document(String source, String file, long line, String id, String text,
      Map<String, String> meta) {
    return new RawRecord(source, file, line, id, text, meta, null, null);
  }

  public static RawRecord bad(String source, String file, long line, String error, byte[] raw) {
    return new RawRecord(source, file, line, null, null, Map.of(), error, raw);
  }

  public boolean isBad() {
    return error != null;
  }
}
