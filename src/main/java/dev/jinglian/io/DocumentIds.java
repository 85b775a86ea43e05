package dev.jinglian.io;

import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Stable ids for records that have none: a hash of the source, the file's name, the record's position and the
 * text. Re-reading the same files gives the same ids; two identical texts in one source still get distinct ids
 * (deduplication, not the id, decides which copy survives).
 */
public final class DocumentIds {
  private DocumentIds() {}

  public static String derive(String source, String fileName, long line, String text) {
    String key = source + '\u0000' + fileName + '\u0000' + line + '\u0000' + text;
    return source + "-" + DigestUtils.sha256Hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 24);
  }
}
