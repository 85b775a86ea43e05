package dev.jinglian.job;

/**
 * @param force overwrite a finished run in the output directory
 * @param keepWork keep the {@code _work/} checkpoint (the refined table) after success, for re-tuning
 */
public record RunOptions(boolean force, boolean keepWork) {
  public static RunOptions defaults() {
    return new RunOptions(false, false);
  }
}
