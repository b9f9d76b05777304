package org.parley.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;

/**
 * Holds fuzz targets to a cost per input byte: what one call allocates on its thread (measured by the
 * JVM, the same on every run of the same input) must stay under {@link #BYTES_PER_INPUT_BYTE} times the
 * input's size plus {@link #BASE_BYTES}, and, when fuzzing for real ({@code JAZZER_FUZZ} set), its CPU
 * time under {@link #NANOS_PER_INPUT_BYTE} per byte plus {@link #BASE_NANOS}. Linear code stays far
 * inside both; a quadratic path on a few kilobytes of fuzzer data does not. Time is checked only while
 * fuzzing, where a slow input is the finding; the regression runs of the build check allocation alone.
 * {@code PARLEY_BUDGET_TRACE=1} prints each measurement, to see how close inputs come.
 */
public final class Budget {

  /** Allocation allowed per input byte: the regression inputs need up to about 20,000. */
  public static final long BYTES_PER_INPUT_BYTE = 50_000;
  /** Allocation allowed whatever the size: setting up a command or a validator (about 80 MB for a command). */
  public static final long BASE_BYTES = 128L << 20;
  /** CPU time allowed per input byte while fuzzing. */
  public static final long NANOS_PER_INPUT_BYTE = 200_000;
  /** CPU time allowed whatever the size while fuzzing (JIT compilation included). */
  public static final long BASE_NANOS = 5_000_000_000L;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private Budget() {}

  /**
   * Runs {@code work} and fails when it allocated or (fuzzing) took more than the budget for
   * {@code inputBytes}. A run over budget is repeated once and the repeat decides: a first run also
   * pays for loading (and, under the fuzzer, instrumenting) the classes its path needs, hundreds of
   * megabytes once per JVM, while a super-linear path costs as much the second time.
   */
  public static void check(long inputBytes, ThrowingRunnable work) throws Exception {
    long[] cost = measure(work);
    if (over(cost, inputBytes)) {
      cost = measure(work);
    }
    assertThat(cost[0]).as("bytes allocated for %d input bytes", inputBytes)
        .isLessThanOrEqualTo(BASE_BYTES + BYTES_PER_INPUT_BYTE * inputBytes);
    if (FUZZING) {
      assertThat(cost[1]).as("CPU nanoseconds for %d input bytes", inputBytes)
          .isLessThanOrEqualTo(BASE_NANOS + NANOS_PER_INPUT_BYTE * inputBytes);
    }
    if (System.getenv("PARLEY_BUDGET_TRACE") != null) {
      System.err.printf("budget: %d input bytes, %d allocated (%d per byte), %d ms CPU%n", inputBytes, cost[0],
          cost[0] / Math.max(1, inputBytes), cost[1] / 1_000_000);
    }
  }

  private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null;

  private static boolean over(long[] cost, long inputBytes) {
    return cost[0] > BASE_BYTES + BYTES_PER_INPUT_BYTE * inputBytes
        || (FUZZING && cost[1] > BASE_NANOS + NANOS_PER_INPUT_BYTE * inputBytes);
  }

  /** Bytes allocated and CPU nanoseconds spent by one run of {@code work} on this thread. */
  private static long[] measure(ThrowingRunnable work) throws Exception {
    long thread = Thread.currentThread().getId();
    long allocatedBefore = THREADS.getThreadAllocatedBytes(thread);
    long cpuBefore = THREADS.getCurrentThreadCpuTime();
    work.run();
    return new long[] {THREADS.getThreadAllocatedBytes(thread) - allocatedBefore,
        THREADS.getCurrentThreadCpuTime() - cpuBefore};
  }

  /** Work that may throw a checked exception. */
  @FunctionalInterface
  public interface ThrowingRunnable {
    void run() throws Exception;
  }
}
