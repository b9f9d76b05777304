package org.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.parley.flink.ValidateJob;
import org.parley.json.DirectorySourceTexts;
import org.parley.json.JsonLinesValidator;
import org.parley.json.ParleyJson;
import org.parley.validate.Validator;

/**
 * The Flink validate job against the single-process JSON Lines validator, on the same files of a
 * generated corpus (a folder of JSON Lines files and the folder of their texts, given by {@link
 * #CORPUS_PROPERTY} and {@link #TEXTS_PROPERTY}): one whole validation per operation, so single-shot
 * timing. Each returns the number of problems, which is zero on the valid corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FlinkBenchmark {

  static final String CORPUS_PROPERTY = "parley.bench.flink.corpus";
  static final String TEXTS_PROPERTY = "parley.bench.flink.texts";

  private List<Path> files;
  private String texts;

  @Setup
  public void setUp() throws IOException {
    try (Stream<Path> listed = Files.list(Path.of(System.getProperty(CORPUS_PROPERTY)))) {
      files = listed.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
    }
    texts = System.getProperty(TEXTS_PROPERTY);
  }

  private long singleProcess(int threads) throws IOException {
    JsonLinesValidator validator = new JsonLinesValidator(ParleyJson.standard(),
        Validator.builder().texts(DirectorySourceTexts.in(Path.of(texts))).build()).withThreads(threads);
    long[] problems = {0};
    for (Path file : files) {
      validator.validate(file, problem -> problems[0]++);
    }
    return problems[0];
  }

  private long flink(int parallelism) throws Exception {
    Configuration config = new Configuration();
    config.set(PipelineOptions.GENERIC_TYPES, false);
    List<org.apache.flink.core.fs.Path> paths = new ArrayList<>();
    files.forEach(f -> paths.add(new org.apache.flink.core.fs.Path(f.toString())));
    return ValidateJob.run(StreamExecutionEnvironment.createLocalEnvironment(parallelism, config), paths, texts)
        .problems().size();
  }

  /** (a) {@code parley validate --threads 1}: one file after another, lines parsed and validated on one thread. */
  @Benchmark
  public long singleProcessOneThread() throws IOException {
    return singleProcess(1);
  }

  /** (b) {@code parley validate}: one file after another, lines parsed on every core. */
  @Benchmark
  public long singleProcessAllCores() throws IOException {
    return singleProcess(Runtime.getRuntime().availableProcessors());
  }

  /** (c) The Flink job on an embedded Flink, parallelism 1. */
  @Benchmark
  public long flinkParallelism1() throws Exception {
    return flink(1);
  }

  /** (d) The Flink job on an embedded Flink, parallelism 2. */
  @Benchmark
  public long flinkParallelism2() throws Exception {
    return flink(2);
  }
}
