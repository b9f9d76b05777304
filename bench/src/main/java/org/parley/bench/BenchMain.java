package org.parley.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Generates the corpus, runs {@link ReadBenchmark} in one JMH run (two forks, a fixed heap, JMH's GC
 * profiler), prints the throughput table with each figure's interval, its ratio to the raw token
 * scan and the bytes it allocates per input byte, then the reconciliation benchmark the same way,
 * then validates the corpus under {@code -Xmx64m} in a separate JVM and reconciles it there one
 * report at a time, with the heap the reconciliation keeps per report. {@code short} (the default)
 * uses a 20 MB corpus and reconciles up to 10k reports; {@code full} uses 100 MB, longer
 * iterations and up to 100k reports.
 */
public final class BenchMain {

  private static final String[][] ROWS = {
    {"jacksonTokenScan", "(1) jackson-core token scan (the limit)"},
    {"parleyReadAndValidate", "(2) Parley read + validate, 1 thread"},
    {"parleyRead", "(3) Parley read"},
    {"databindPlainRecords", "(4) Jackson databind into plain records"},
    {"networkntSchema", "(5) networknt schema validation"},
    {"parleyReadAndValidateAllCores", "(6) Parley read + validate, every core"},
    {"databindImmutablesModel", "(7) Jackson databind into the model (Immutables builders)"},
  };

  /**
   * The heap of every measuring JVM, fixed (-Xms = -Xmx) and touched at start, so that neither
   * resizing nor the first touch of its pages falls in a measurement.
   */
  private static final String[] HEAP = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"};

  private BenchMain() {}

  public static void main(String[] args) throws IOException, RunnerException, InterruptedException {
    if (args.length > 0 && args[0].equals("scale")) {
      scale();
      return;
    }
    if (args.length > 0 && args[0].equals("flink")) {
      flink(args.length > 1 ? Long.parseLong(args[1]) : 1000);
      return;
    }
    boolean full = args.length > 0 && args[0].equals("full");
    long megabytes = full ? 100 : 20;
    Path dir = Path.of(System.getProperty("parley.bench.dir", "bench/target"));
    Files.createDirectories(dir);
    Path corpus = dir.resolve("corpus-" + megabytes + "mb.jsonl");
    if (!Files.exists(corpus) || Files.size(corpus) < megabytes * 1_000_000) {
      System.out.println("Generating " + corpus + " ...");
      Corpus.write(corpus, megabytes * 1_000_000, 2025);
    }
    double size = Files.size(corpus) / 1e6;
    System.out.printf(Locale.ROOT, "Corpus: %s, %.1f MB%n", corpus, size);

    // Two forks, ten measured iterations of 2 s (full: 4 s) each: the 99.9 % interval is then a few per
    // cent of the score, where one fork of five 1 s iterations left it as wide as the score itself.
    Options options = new OptionsBuilder()
        .include(ReadBenchmark.class.getName() + "\\.")
        .forks(2)
        .warmupIterations(5)
        .measurementIterations(10)
        .warmupTime(TimeValue.seconds(full ? 4 : 2))
        .measurementTime(TimeValue.seconds(full ? 4 : 2))
        .addProfiler(GCProfiler.class)
        .jvmArgsAppend(HEAP[0], HEAP[1], HEAP[2], "-D" + ReadBenchmark.CORPUS_PROPERTY + "=" + corpus.toAbsolutePath())
        .build();
    Collection<RunResult> results = new Runner(options).run();

    double limit = mbPerSecond(results, "jacksonTokenScan", size);
    System.out.println();
    System.out.printf(Locale.ROOT, "Throughput on the same %.1f MB of JSON Lines (JDK %s, %d cores, heap %s):%n", size,
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), HEAP[1]);
    System.out.println("| benchmark | ms per pass | ± (99.9 %) | ± / score | MB/s | ratio to (1) | bytes allocated per input byte |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (String[] row : ROWS) {
      RunResult result = find(results, row[0]);
      double ms = result.getPrimaryResult().getScore();
      double error = result.getPrimaryResult().getScoreError();
      double mbs = size / (ms / 1000);
      System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.1f %% | %.1f | %.2f× | %.2f |%n", row[1], ms, error,
          100 * error / ms, mbs, mbs / limit, allocatedPerOperation(result) / (size * 1e6));
    }
    double validate = mbPerSecond(results, "parleyReadAndValidate", size);
    double allCores = mbPerSecond(results, "parleyReadAndValidateAllCores", size);
    System.out.printf(Locale.ROOT, "(2)/(4) = %.2f (goal ≥ 1.0); (2)/(7) = %.2f; (6)/(1) = %.2f (goal ≥ 0.5);"
        + " (2)/(5) = %.1f (goal ≥ 3)%n",
        validate / mbPerSecond(results, "databindPlainRecords", size),
        validate / mbPerSecond(results, "databindImmutablesModel", size), allCores / limit,
        validate / mbPerSecond(results, "networkntSchema", size));

    Options reconcile = new OptionsBuilder()
        .include(ReconcileBenchmark.class.getName() + "\\.")
        .param("reports", full ? new String[] {"1000", "10000", "100000"} : new String[] {"1000", "10000"})
        .forks(2)
        .warmupIterations(5)
        .measurementIterations(10)
        .warmupTime(TimeValue.seconds(2))
        .measurementTime(TimeValue.seconds(2))
        .addProfiler(GCProfiler.class)
        .jvmArgsAppend("-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch")
        .build();
    Collection<RunResult> reconciled = new Runner(reconcile).run();
    System.out.println();
    System.out.println("Reconciliation of N synthetic reports of one negotiation:");
    System.out.println("| reports | ms per reconciliation | ± (99.9 %) | ± / score | µs per report | bytes allocated per report |");
    System.out.println("|---:|---:|---:|---:|---:|---:|");
    java.util.Map<Integer, Double> times = new java.util.TreeMap<>();
    for (RunResult result : reconciled) {
      int n = Integer.parseInt(result.getParams().getParam("reports"));
      double ms = result.getPrimaryResult().getScore();
      double error = result.getPrimaryResult().getScoreError();
      times.put(n, ms);
      System.out.printf(Locale.ROOT, "| %,d | %.1f | %.1f | %.1f %% | %.2f | %,.0f |%n", n, ms, error, 100 * error / ms,
          ms * 1000 / n, allocatedPerOperation(result) / n);
    }
    if (times.containsKey(10000) && times.containsKey(100000)) {
      System.out.printf(Locale.ROOT, "t(100k) / t(10k) = %.1f (goal ≤ 11)%n", times.get(100000) / times.get(10000));
    } else {
      System.out.printf(Locale.ROOT, "t(10k) / t(1k) = %.1f (goal ≤ 11)%n", times.get(10000) / times.get(1000));
    }

    System.out.println();
    System.out.println("Validating the corpus as JSON Lines in a JVM limited to -Xmx64m:");
    String jar = new File(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().getPath()).getPath();
    Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-cp", jar, ValidateLines.class.getName(), corpus.toString()))
        .inheritIO().start();
    int exit = child.waitFor();
    if (exit != 0) {
      System.out.println("the -Xmx64m validation exited with " + exit);
      System.exit(exit);
    }

    System.out.println();
    System.out.println("Reconciling the corpus one report at a time in a JVM limited to -Xmx64m:");
    child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-cp", jar, ReconcileLines.class.getName(), corpus.toString()))
        .inheritIO().start();
    exit = child.waitFor();
    if (exit != 0) {
      System.out.println("the -Xmx64m reconciliation exited with " + exit);
      System.exit(exit);
    }
  }

  /**
   * The Flink validate job at parallelism 1 and 2 against the single-process validator, in one JMH
   * run, on a corpus of {@code megabytes} in eight JSON Lines files (each its own dataset) and the
   * folder of its text; one fork, one warm-up and three measured passes of each.
   */
  private static void flink(long megabytes) throws IOException, RunnerException {
    Path dir = Path.of(System.getProperty("parley.bench.dir", "bench/target"));
    Path corpus = dir.resolve("flink-corpus-" + megabytes + "mb");
    Path texts = dir.resolve("flink-texts");
    Files.createDirectories(corpus);
    Files.createDirectories(texts.resolve("corpus"));
    Files.writeString(texts.resolve("corpus").resolve("article.txt"), Corpus.ARTICLE);
    int parts = 8;
    long total = 0;
    for (int i = 0; i < parts; i++) {
      Path file = corpus.resolve(String.format(Locale.ROOT, "part-%02d.jsonl", i));
      if (!Files.exists(file) || Files.size(file) < megabytes * 1_000_000 / parts) {
        System.out.println("Generating " + file + " ...");
        Corpus.write(file, megabytes * 1_000_000 / parts, 2025 + i);
      }
      total += Files.size(file);
    }
    double size = total / 1e6;
    System.out.printf(Locale.ROOT, "Corpus: %s, %d files, %.1f MB%n", corpus, parts, size);
    String[] heap = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"};
    Options options = new OptionsBuilder()
        .include(FlinkBenchmark.class.getName() + "\\.")
        .forks(1)
        .warmupIterations(1)
        .measurementIterations(3)
        .jvmArgsAppend(heap[0], heap[1], heap[2], "-D" + FlinkBenchmark.CORPUS_PROPERTY + "=" + corpus.toAbsolutePath(),
            "-D" + FlinkBenchmark.TEXTS_PROPERTY + "=" + texts.toAbsolutePath())
        .build();
    Collection<RunResult> results = new Runner(options).run();
    double single = mbPerSecond(results, "singleProcessOneThread", size);
    System.out.println();
    System.out.printf(Locale.ROOT, "Validating the same %.1f MB in %d JSON Lines files (JDK %s, %d cores, heap %s):%n",
        size, parts, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), heap[1]);
    System.out.println("| run | s per pass | ± (99.9 %) | MB/s | ratio to (a) |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (String[] row : new String[][] {{"singleProcessOneThread", "(a) parley validate, 1 thread"},
        {"singleProcessAllCores", "(b) parley validate, every core"},
        {"flinkParallelism1", "(c) Flink job, parallelism 1"}, {"flinkParallelism2", "(d) Flink job, parallelism 2"}}) {
      RunResult result = find(results, row[0]);
      double ms = result.getPrimaryResult().getScore();
      double error = result.getPrimaryResult().getScoreError();
      double mbs = size / (ms / 1000);
      System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.2f× |%n", row[1], ms / 1000, error / 1000, mbs,
          mbs / single);
    }
    System.out.printf(Locale.ROOT, "(d)/(c) = %.2f; (d)/(b) = %.2f%n",
        mbPerSecond(results, "flinkParallelism2", size) / mbPerSecond(results, "flinkParallelism1", size),
        mbPerSecond(results, "flinkParallelism2", size) / mbPerSecond(results, "singleProcessAllCores", size));
  }

  /** Hostile inputs at 10k, 100k and 1M actors: time per run and t(1M) / t(100k), which is near 10 when linear. */
  private static void scale() throws org.openjdk.jmh.runner.RunnerException {
    Options options = new OptionsBuilder()
        .include(ScaleBenchmark.class.getName() + "\\.")
        .forks(2)
        .warmupIterations(3)
        .measurementIterations(5)
        .warmupTime(TimeValue.seconds(2))
        .measurementTime(TimeValue.seconds(2))
        .jvmArgsAppend("-Xms8g", "-Xmx8g")   // a fixed heap: no resizing inside the measurement
        .build();
    Collection<RunResult> results = new Runner(options).run();
    System.out.println();
    System.out.printf(Locale.ROOT, "Hostile inputs (JDK %s, %d cores), ms per run:%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    System.out.println("| benchmark | 10k | 100k | 1M | t(1M)/t(100k) |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (String name : List.of("validateChain", "validateCycle", "reconcileChain", "validateLongQuote")) {
      double[] ms = new double[3];
      double[] error = new double[3];
      String[] sizes = {"10000", "100000", "1000000"};
      for (RunResult r : results) {
        for (int i = 0; i < 3; i++) {
          if (r.getParams().getBenchmark().endsWith("." + name) && r.getParams().getParam("actors").equals(sizes[i])) {
            ms[i] = r.getPrimaryResult().getScore();
            error[i] = r.getPrimaryResult().getScoreError();
          }
        }
      }
      System.out.printf(Locale.ROOT, "| %s | %.1f ± %.1f | %.1f ± %.1f | %.1f ± %.1f | %.1f |%n", name,
          ms[0], error[0], ms[1], error[1], ms[2], error[2], ms[2] / ms[1]);
    }
  }

  /** Bytes allocated per operation, from JMH's GC profiler. */
  private static double allocatedPerOperation(RunResult result) {
    return result.getSecondaryResults().entrySet().stream()
        .filter(e -> e.getKey().endsWith("gc.alloc.rate.norm"))
        .mapToDouble(e -> e.getValue().getScore())
        .findFirst().orElse(Double.NaN);
  }

  private static double mbPerSecond(Collection<RunResult> results, String name, double size) {
    return size / (find(results, name).getPrimaryResult().getScore() / 1000);
  }

  private static RunResult find(Collection<RunResult> results, String name) {
    List<RunResult> matching = new ArrayList<>();
    for (RunResult r : results) {
      if (r.getParams().getBenchmark().endsWith("." + name)) {
        matching.add(r);
      }
    }
    if (matching.size() != 1) {
      throw new IllegalStateException("no single result for " + name);
    }
    return matching.get(0);
  }
}
