package dev.jinglian.recipe;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;

/**
 * Guards applied while reading.
 *
 * @param maxRecordBytes a record (line, paragraph or file) larger than this is quarantined, not loaded
 * @param quarantineRawBytes how many raw bytes of a bad record are kept in {@code quarantine/}
 * @param splitBytes uncompressed JSON Lines files larger than this are read by several tasks in byte ranges of
 *     about this size (gzip'd files, text and Parquet are read one task per file)
 */
public record InputLimits(
    @JsonPropertyDescription("a record (line, paragraph or file) larger than this is quarantined without being loaded")
    @JsonProperty("max_record_bytes") Long maxRecordBytes,
    @JsonPropertyDescription("how many raw bytes of a bad record are kept in quarantine/")
    @JsonProperty("quarantine_raw_bytes") Integer quarantineRawBytes,
    @JsonPropertyDescription("uncompressed JSON Lines files larger than this are read by several tasks, in byte ranges"
        + " of about this size")
    @JsonProperty("split_bytes") Long splitBytes) implements Serializable {

  public static final long MAX_RECORD_BYTES_DEFAULT = 64L * 1024 * 1024;
  public static final int QUARANTINE_RAW_BYTES_DEFAULT = 4096;
  public static final long SPLIT_BYTES_DEFAULT = 32L * 1024 * 1024;

  public InputLimits {
    maxRecordBytes = maxRecordBytes == null ? MAX_RECORD_BYTES_DEFAULT : maxRecordBytes;
    quarantineRawBytes = quarantineRawBytes == null ? QUARANTINE_RAW_BYTES_DEFAULT : quarantineRawBytes;
    if (maxRecordBytes < 1 || maxRecordBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("input.max_record_bytes must be in [1, 2^31-17], got " + maxRecordBytes);
    }
    splitBytes = splitBytes == null ? SPLIT_BYTES_DEFAULT : splitBytes;
    if (splitBytes < 1) {
      throw new IllegalArgumentException("input.split_bytes must be >= 1, got " + splitBytes);
    }
    if (quarantineRawBytes < 0) {
      throw new IllegalArgumentException("input.quarantine_raw_bytes must be >= 0, got " + quarantineRawBytes);
    }
  }

  public static InputLimits defaults() {
    return new InputLimits(null, null, null);
  }
}
