package dev.jinglian.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the calling thread. Throughput per core is measured in CPU seconds, not wall seconds, so that other
 * processes on a shared machine do not distort it (cache and memory-bandwidth contention still can, a little).
 */
public final class CpuClock {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuClock() {}

  public static long nanos() {
    return THREADS.getCurrentThreadCpuTime();
  }
}
