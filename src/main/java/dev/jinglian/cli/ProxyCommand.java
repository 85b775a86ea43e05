package dev.jinglian.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jinglian proxy}: validate data recipes on small statistical language models, without a GPU. */
@Command(name = "proxy", mixinStandardHelpOptions = true,
    description = "Proxy-model validation: train small Kneser-Ney n-gram models on shards with Spark, score them "
        + "on held-out text (perplexity, bits per byte), and rank recipes at the same token budget.",
    subcommands = {ProxyTrainCommand.class, ProxyEvalCommand.class, ProxyCompareCommand.class,
        CommandLine.HelpCommand.class})
final class ProxyCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
