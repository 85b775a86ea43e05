package dev.jinglian.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster (one master, one worker) on 127.0.0.1, run from the Maven-resolved Spark jars.
 *
 * <p>A Spark distribution is mimicked by a temporary {@code SPARK_HOME} whose {@code jars/} folder holds links to
 * the build's classpath jars minus the libraries the shaded cluster jar bundles (so the cluster jar has to bring
 * its own), and whose {@code bin/spark-submit} runs Spark's {@code SparkSubmit} class the way the distribution's
 * script does in client mode. Jobs are submitted through the project's own {@code jobs/submit}.
 *
 * <p>Every listener is on loopback (SPARK_LOCAL_IP, explicit {@code --host}, REST server off). Processes are
 * stopped by handle in {@link #close()}, descendants (executors) first, and by a shutdown hook if the test JVM
 * dies before that.
 */
public final class StandaloneCluster implements AutoCloseable {
  /** Bundled into the cluster jar: left out of SPARK_HOME/jars so the test proves the shaded jar is complete. */
  private static final List<String> BUNDLED = List.of("hanlp-", "jtokkit-", "picocli-");
  private static final String LOOPBACK = "127.0.0.1";

  private final Path home;
  private final Path repo;
  private final List<Process> processes = new ArrayList<>();
  private final Thread hook = new Thread(this::stopAll, "stop-standalone-cluster");
  private final int workerPort;
  private final String masterUrl;

  public StandaloneCluster(Path repo, Path classpathFile, Path home) throws IOException, InterruptedException {
    this.repo = repo;
    this.home = home;
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      makeSparkHome(classpathFile);
      int masterPort = freePort();
      workerPort = freePort();
      masterUrl = "spark://" + LOOPBACK + ":" + masterPort;
      Path masterLog = home.resolve("master.log");
      start(masterLog, "-Dspark.master.rest.enabled=false", "org.apache.spark.deploy.master.Master",
          "--host", LOOPBACK, "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(freePort()));
      Path workerLog = home.resolve("worker.log");
      start(workerLog, "-Dspark.worker.cleanup.enabled=false", "org.apache.spark.deploy.worker.Worker",
          "--host", LOOPBACK, "--port", String.valueOf(workerPort), "--webui-port", String.valueOf(freePort()),
          "--cores", "2", "--memory", "2g", "--work-dir", workDir().toString(), masterUrl);
      await(Duration.ofMinutes(2), () -> contains(workerLog, "Successfully registered with master"),
          "worker registration; master log:\n" + tail(masterLog) + "\nworker log:\n" + tail(workerLog));
    } catch (IOException | InterruptedException | RuntimeException e) {
      close();
      throw e;
    }
  }

  public String masterUrl() {
    return masterUrl;
  }

  public Path sparkHome() {
    return home;
  }

  /** The worker's directory of application and executor folders ({@code app-…/<executor id>/stderr}). */
  public Path workDir() {
    return home.resolve("work");
  }

  /** Starts {@code jobs/submit [sparkOptions] -- command...} against this cluster; output goes to {@code log}. */
  public Process submit(List<String> sparkOptions, List<String> command, Path log) throws IOException {
    return submitTo(masterUrl, sparkOptions, command, log);
  }

  /** Starts {@code jobs/submit} with an explicit (e.g. local) master. */
  public Process submitTo(String master, List<String> sparkOptions, List<String> command, Path log)
      throws IOException {
    List<String> argv = new ArrayList<>(List.of(repo.resolve("jobs/submit").toString(), "--master", master));
    argv.addAll(sparkOptions);
    argv.add("--");
    argv.addAll(command);
    return launch(argv, log);
  }

  /** This worker's live executor JVMs (CoarseGrainedExecutorBackend whose worker URL names our worker's port). */
  public List<ProcessHandle> executors() {
    String workerUrl = "Worker@" + LOOPBACK + ":" + workerPort;
    try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
      return all.filter(p -> {
        Optional<String> cmd = p.info().commandLine();
        return cmd.isPresent() && cmd.get().contains("CoarseGrainedExecutorBackend")
            && cmd.get().contains(workerUrl);
      }).toList();
    }
  }

  /** Every process this cluster started, with their descendants (executors, drivers). */
  public List<ProcessHandle> allProcesses() {
    List<ProcessHandle> out = new ArrayList<>();
    for (Process p : processes) {
      out.add(p.toHandle());
      p.descendants().forEach(out::add);
    }
    return out;
  }

  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run
    }
  }

  private synchronized void stopAll() {
    for (Process p : processes) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    for (Process p : processes) {
      try {
        p.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void makeSparkHome(Path classpathFile) throws IOException {
    Path jars = Files.createDirectories(home.resolve("jars"));
    String cp = Files.readString(classpathFile).trim();
    for (String entry : cp.split(File.pathSeparator)) {
      Path jar = Path.of(entry);
      String name = jar.getFileName().toString();
      if (name.endsWith(".jar") && BUNDLED.stream().noneMatch(name::startsWith)
          && !Files.exists(jars.resolve(name))) {
        Files.createSymbolicLink(jars.resolve(name), jar);
      }
    }
    Path bin = Files.createDirectories(home.resolve("bin"));
    Path submit = bin.resolve("spark-submit");
    Files.writeString(submit, String.join("\n",
        "#!/usr/bin/env bash",
        "# Stand-in for a Spark distribution's bin/spark-submit in client mode: the same SparkSubmit class.",
        "opens=\"$(grep -v '^#' '" + repo.resolve("jobs/java17-opens.txt") + "' | tr '\\n' ' ')\"",
        "exec java -Xmx1g $opens -cp \"$SPARK_HOME/jars/*\" org.apache.spark.deploy.SparkSubmit \"$@\"",
        ""), StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(submit, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.createDirectories(workDir());
  }

  private void start(Path log, String sysProp, String mainClass, String... args) throws IOException {
    List<String> argv = new ArrayList<>(List.of(javaBin(), "-Xmx256m", sysProp, "-cp",
        home.resolve("jars") + File.separator + "*", mainClass));
    argv.addAll(List.of(args));
    launch(argv, log);
  }

  private Process launch(List<String> argv, Path log) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(argv).directory(repo.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("SPARK_HOME", home.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", LOOPBACK);
    pb.environment().put("SPARK_LOCAL_HOSTNAME", "localhost");
    pb.environment().remove("SPARK_SUBMIT");
    Process p = pb.start();
    synchronized (this) {
      processes.add(p);
    }
    return p;
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
      return s.getLocalPort();
    }
  }

  public static boolean contains(Path file, String text) {
    try {
      return Files.exists(file) && Files.readString(file, StandardCharsets.ISO_8859_1).contains(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String tail(Path file) {
    try {
      if (!Files.exists(file)) {
        return "(no " + file + ")";
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(unreadable " + file + ": " + e.getMessage() + ")";
    }
  }

  public static void await(Duration limit, BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + limit + " waiting for " + what);
      }
      Thread.sleep(200);
    }
  }
}
