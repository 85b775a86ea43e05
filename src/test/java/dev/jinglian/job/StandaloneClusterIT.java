package dev.jinglian.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jinglian.testing.StandaloneCluster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster promise: a recipe submitted with the shaded jar to a real Spark standalone cluster writes the same
 * bytes (shards and manifest) as the embedded {@code local[*]} run, also when an executor is killed mid-job.
 * Runs in {@code verify} (failsafe) because it needs the cluster jar built by {@code package}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterIT {
  @TempDir
  static Path dir;
  static Path repo;
  static Path recipe;
  static StandaloneCluster cluster;
  static Path localOut;

  /** Spark options as a user passes them to jobs/submit (executor size documented there). */
  static final List<String> SPARK_OPTIONS = List.of(
      "--executor-memory", "1g", "--total-executor-cores", "2",
      "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
      "--conf", "spark.ui.enabled=false",
      // deliberately different from the local run's partitioning: output must not depend on it
      "--conf", "spark.sql.shuffle.partitions=3");

  @BeforeAll
  static void setUp() throws Exception {
    repo = Path.of("").toAbsolutePath();
    Path jar = Path.of(System.getProperty("jinglian.clusterJar"));
    assertThat(jar).as("the shaded cluster jar (built by package)").exists();
    recipe = dir.resolve("cluster.yaml");
    Path data = repo.resolve("sample-data");
    // the sample's input formats (jsonl.gz, text, parquet, jsonl), Chinese and English, with absolute paths as a
    // cluster needs them (every executor must reach the input)
    Files.writeString(recipe, String.join("\n",
        "name: cluster-it",
        "seed: 42",
        "output: " + dir.resolve("unused-out"),
        "sources:",
        "  - name: zh-manpages",
        "    path: " + data.resolve("zh/manpages.jsonl.gz"),
        "    text_field: content",
        "    id_field: doc_id",
        "  - name: zh-fortunes",
        "    path: " + data.resolve("zh/fortunes.txt"),
        "    format: text",
        "    text_split: paragraph",
        "  - name: zh-debian-reference",
        "    path: " + data.resolve("zh/debian-reference.parquet"),
        "    format: parquet",
        "  - name: en-packages",
        "    path: " + data.resolve("en/package-descriptions.jsonl"),
        "shards:",
        "  target_tokens: 200000",
        ""), StandardCharsets.UTF_8);
    cluster = new StandaloneCluster(repo, Path.of(System.getProperty("jinglian.classpathFile")),
        Files.createDirectories(dir.resolve("spark-home")));
    // the reference: the same jar and recipe on the embedded local[*] master
    localOut = dir.resolve("out-local");
    Process local = cluster.submitTo("local[*]", List.of(), List.of("run", recipe.toString(), "--output",
        localOut.toString()), dir.resolve("local.log"));
    finish(local, dir.resolve("local.log"));
  }

  @AfterAll
  static void tearDown() {
    if (cluster != null) {
      cluster.close();
    }
    assertThat(cluster == null ? List.of() : cluster.allProcesses().stream().filter(ProcessHandle::isAlive).toList())
        .as("processes left running").isEmpty();
  }

  @Test
  @Order(1)
  void clusterRunWritesTheSameBytesAsTheLocalRun() throws Exception {
    Path out = dir.resolve("out-cluster");
    Path log = dir.resolve("cluster.log");
    Process driver = cluster.submit(SPARK_OPTIONS, List.of("run", recipe.toString(), "--output", out.toString()),
        log);
    StandaloneCluster.await(Duration.ofMinutes(2), () -> !cluster.executors().isEmpty() || !driver.isAlive(),
        "an executor on the worker");
    assertListenersOnLoopback();
    finish(driver, log);
    assertSameRun(out);
  }

  @Test
  @Order(2)
  void killedExecutorIsReplacedAndTheOutputIsUnchanged() throws Exception {
    Path out = dir.resolve("out-killed");
    Path log = dir.resolve("killed.log");
    Path previousApp = newestApp();
    Process driver = cluster.submit(SPARK_OPTIONS, List.of("run", recipe.toString(), "--output", out.toString()),
        log);
    // kill -9 the executor as soon as it runs a task of this application
    StandaloneCluster.await(Duration.ofMinutes(2), () -> runningTask(previousApp) != null || !driver.isAlive(),
        "a running task; driver log:\n" + StandaloneCluster.tail(log));
    assertThat(driver.isAlive()).as("driver still running when the executor is killed").isTrue();
    List<ProcessHandle> executors = cluster.executors();
    assertThat(executors).hasSize(1);
    executors.get(0).destroyForcibly(); // SIGKILL
    executors.get(0).onExit().get(30, TimeUnit.SECONDS);
    finish(driver, log);
    Path app = newestApp();
    try (Stream<Path> ids = Files.list(app)) {
      assertThat(ids.map(p -> p.getFileName().toString()).sorted().toList())
          .as("executor folders of " + app + ": the killed one and its replacement").contains("0", "1");
    }
    assertSameRun(out);
  }

  /** The stderr of executor 0 of an application newer than {@code previous} once it runs a task, else null. */
  private static Path runningTask(Path previous) {
    Path app = newestApp();
    if (app == null || app.equals(previous)) {
      return null;
    }
    Path stderr = app.resolve("0").resolve("stderr");
    return StandaloneCluster.contains(stderr, "Running task") ? stderr : null;
  }

  /** The worker's newest application folder (names are app-<timestamp>-<sequence>), or null. */
  private static Path newestApp() {
    try (Stream<Path> apps = Files.list(cluster.workDir())) {
      return apps.max(Path::compareTo).orElse(null);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void assertSameRun(Path out) throws IOException {
    String manifest = Files.readString(out.resolve("manifest.json")).replace(out.toString(), "<out>");
    String reference = Files.readString(localOut.resolve("manifest.json")).replace(localOut.toString(), "<out>");
    Map<String, String> got = new TreeMap<>();
    Map<String, String> want = new TreeMap<>();
    for (String part : List.of("shards", "quarantine", "rejected")) {
      got.putAll(digests(out, part));
      want.putAll(digests(localOut, part));
    }
    if (!got.equals(want) || !manifest.equals(reference)) {
      keepForDiagnosis(out);
    }
    assertThat(got).as("sha256 of every shard, quarantine and rejected file").isNotEmpty().isEqualTo(want);
    assertThat(manifest).as("manifest.json").isEqualTo(reference);
  }

  /** Copies both runs to target/cluster-it/ so a mismatch can be inspected (e.g. with jinglian export). */
  private static void keepForDiagnosis(Path out) throws IOException {
    Path keep = Path.of("target", "cluster-it");
    for (Path run : List.of(out, localOut)) {
      try (Stream<Path> s = Files.walk(run)) {
        for (Path p : s.toList()) {
          Path to = keep.resolve(run.getFileName().toString()).resolve(run.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else {
            Files.copy(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
  }

  /** "part/relative path" → sha256 of every file under {@code root/part}. */
  private static Map<String, String> digests(Path root, String part) throws IOException {
    Map<String, String> out = new TreeMap<>();
    Path dir = root.resolve(part);
    if (!Files.exists(dir)) {
      return out;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(part + "/" + dir.relativize(p), org.apache.commons.codec.digest.DigestUtils.sha256Hex(
            Files.readAllBytes(p)));
      }
    }
    return out;
  }

  /** Every TCP listener of the cluster's processes (master, worker, driver, executor) is on 127.0.0.1. */
  private static void assertListenersOnLoopback() throws Exception {
    List<Long> pids = cluster.allProcesses().stream().map(ProcessHandle::pid).toList();
    Process ss = new ProcessBuilder("ss", "-Hltnp").redirectErrorStream(true).start();
    String listing = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    ss.waitFor();
    List<String> ours = listing.lines()
        .filter(l -> pids.stream().anyMatch(pid -> l.contains("pid=" + pid + ",")))
        .toList();
    assertThat(ours).as("listeners of " + pids).isNotEmpty();
    assertThat(ours).allSatisfy(l -> assertThat(l.trim().split("\\s+")[3])
        .as(l).matches("(127\\.0\\.0\\.1|\\[::ffff:127\\.0\\.0\\.1\\]):\\d+"));
  }

  private static void finish(Process p, Path log) throws InterruptedException {
    boolean done = p.waitFor(4, TimeUnit.MINUTES);
    if (!done) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    assertThat(done && p.exitValue() == 0).as("run finished with exit 0; log:\n" + StandaloneCluster.tail(log))
        .isTrue();
  }
}
