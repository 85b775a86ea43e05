package dev.jinglian.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jinglian}: the command line. {@code main} only delegates to picocli. */
@Command(name = "jinglian", mixinStandardHelpOptions = true, version = "jinglian 0.1.0",
    description = "Chinese-first refinery for LLM pretraining data on Apache Spark.",
    subcommands = {RunCommand.class, PlanCommand.class, ExportCommand.class, ReportCommand.class,
        SchemasCommand.class, QualityModelCommand.class, ProxyCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("error: " + e.getMessage());
      if (System.getenv("JINGLIAN_DEBUG") != null) {
        e.printStackTrace(cmd.getErr());
      }
      return 1;
    });
    return cli.execute(args);
  }
}
