package dev.jinglian.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the bundled real-text JSONL samples (plain or gzip) as parsed objects. */
public final class SampleTexts {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SampleTexts() {}

  /** Every line of {@code sample-data/<path>}, parsed. */
  public static List<JsonNode> read(String path) {
    Path p = Path.of("sample-data", path);
    List<JsonNode> out = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(p);
        InputStream in = path.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.add(JSON.readTree(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
