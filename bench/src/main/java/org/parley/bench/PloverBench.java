package org.parley.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Writes a million PLOVER records and a Parley corpus of about the same size, runs {@link
 * PloverBenchmark} (one fork, one warm-up and six measured runs of each file on 1 thread and on
 * every core), prints the throughput of both, then checks the million records in a JVM limited to
 * {@code -Xmx96m} ({@link ValidatePlover}).
 */
public final class PloverBench {

  private PloverBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/plover-bench"));
    Path plover = dir.resolve("plover-1m.jsonl");
    Path parley = dir.resolve("parley.jsonl");
    long ploverBytes = Files.exists(plover) ? Files.size(plover) : PloverBenchmark.writePlover(plover, 1_000_000);
    long parleyBytes = Files.exists(parley) ? Files.size(parley) : Corpus.write(parley, ploverBytes, 2025);
    long parleyRecords;
    try (var lines = Files.lines(parley)) {
      parleyRecords = lines.count() - 1;
    }
    System.out.printf(Locale.ROOT, "PLOVER: 1,000,000 records, %.1f MB; Parley: %,d records, %.1f MB%n",
        ploverBytes / 1e6, parleyRecords, parleyBytes / 1e6);
    Options options = new OptionsBuilder()
        .include(PloverBenchmark.class.getName() + "\\.")
        .forks(1).warmupIterations(1).measurementIterations(6)
        .jvmArgsAppend("-Xmx2g", "-D" + PloverBenchmark.PLOVER_PROPERTY + "=" + plover.toAbsolutePath(),
            "-D" + PloverBenchmark.PARLEY_PROPERTY + "=" + parley.toAbsolutePath())
        .build();
    Collection<RunResult> results = new Runner(options).run();
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.println();
    System.out.println("| file | threads | time per file (ms) | ± | MB/s | records/s |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (RunResult r : results) {
      boolean isPlover = r.getParams().getBenchmark().endsWith(".plover");
      int threads = Integer.parseInt(r.getParams().getParam("threads"));
      double ms = r.getPrimaryResult().getScore();
      double bytes = isPlover ? ploverBytes : parleyBytes;
      double records = isPlover ? 1_000_000 : parleyRecords;
      System.out.printf(Locale.ROOT, "| %s | %d | %,.0f | %,.0f | %.1f | %,.0f |%n", isPlover ? "PLOVER" : "Parley",
          threads == 0 ? cores : threads, ms, r.getPrimaryResult().getScoreError(), bytes / 1e6 / (ms / 1000),
          records / (ms / 1000));
    }
    System.out.println();
    System.out.println("Checking the million PLOVER records on every core in a JVM limited to -Xmx96m:");
    String jar = new File(PloverBench.class.getProtectionDomain().getCodeSource().getLocation().getPath()).getPath();
    Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx96m", "-cp", jar, ValidatePlover.class.getName(), plover.toString())).inheritIO().start();
    System.exit(child.waitFor());
  }
}
