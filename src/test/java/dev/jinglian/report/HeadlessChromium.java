package dev.jinglian.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, headless, for the report tests: dumps a page's DOM after load, with the browser's console
 * messages (logged to stderr as {@code INFO:CONSOLE}), or takes a screenshot. No network: the page is a file.
 */
final class HeadlessChromium {
  static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final long TIMEOUT_SECONDS = 90;

  /** The DOM after load and every console message the page produced. */
  record Page(String dom, List<String> console) {}

  private HeadlessChromium() {}

  static boolean available() {
    return Files.isExecutable(BINARY);
  }

  static Page load(Path html, Path tmp) throws IOException, InterruptedException {
    Result r = run(tmp, "--enable-logging=stderr", "--v=0", "--dump-dom", html.toUri().toString());
    List<String> console = new ArrayList<>();
    for (String line : r.stderr().split("\n")) {
      if (line.contains(":CONSOLE")) {
        console.add(line);
      }
    }
    return new Page(r.stdout(), console);
  }

  static void screenshot(Path html, Path png, int width, int height, Path tmp)
      throws IOException, InterruptedException {
    run(tmp, "--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(),
        html.toUri().toString());
    if (!Files.exists(png)) {
      throw new IOException("chromium wrote no screenshot to " + png);
    }
  }

  private record Result(String stdout, String stderr) {}

  private static Result run(Path tmp, String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(tmp, "chromium-profile");
    Path out = tmp.resolve("chromium.out");
    Path err = tmp.resolve("chromium.err");
    List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + cmd);
    }
    return new Result(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
