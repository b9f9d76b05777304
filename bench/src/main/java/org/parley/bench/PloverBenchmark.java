package org.parley.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.parley.json.JsonLinesValidator;
import org.parley.json.ParleyJson;
import org.parley.json.ValidationSummary;
import org.parley.plover.PloverValidator;
import org.parley.validate.Validator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a file of a million PLOVER records (the test corpus's 83 records, every event, mode and
 * context, cycled with ids of their own and without their texts) and, for comparison, Parley's own
 * JSON Lines corpus of about the same size, on 1 thread and on every core: time per whole file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PloverBenchmark {

  /** The system property naming the PLOVER file ({@link #writePlover}). */
  public static final String PLOVER_PROPERTY = "parley.bench.plover";
  /** The system property naming Parley's corpus. */
  public static final String PARLEY_PROPERTY = "parley.bench.parley";

  @Param({"1", "0"})
  public int threads;

  private Path plover;
  private Path parley;
  private int workers;

  @Setup
  public void files() {
    plover = Path.of(System.getProperty(PLOVER_PROPERTY));
    parley = Path.of(System.getProperty(PARLEY_PROPERTY));
    workers = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }

  @Benchmark
  public ValidationSummary plover() throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(plover), 1 << 16)) {
      ValidationSummary summary = PloverValidator.standard().withThreads(workers).validateLines(in, "plover",
          p -> true);
      check(summary, 1_000_000);
      return summary;
    }
  }

  @Benchmark
  public ValidationSummary parley() throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(parley), 1 << 16)) {
      ValidationSummary summary = new JsonLinesValidator(ParleyJson.standard(),
          Validator.builder().texts(Corpus.texts()).build()).withThreads(workers).validateWhile(in, "parley", p -> true);
      check(summary, 1);
      return summary;
    }
  }

  private static void check(ValidationSummary summary, long records) {
    if (summary.errors() > 0 || summary.records() < records) {
      throw new IllegalStateException("the benchmark's file is not what it should be: " + summary);
    }
  }

  /** Writes {@code count} PLOVER records; returns the file's size. */
  public static long writePlover(Path file, int count) throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    List<ObjectNode> base;
    try (InputStream in = PloverBenchmark.class.getResourceAsStream("plover-records.jsonl")) {
      base = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(l -> (ObjectNode) json.readTree(l))
          .toList();
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (int i = 0; i < count; i++) {
        ObjectNode record = base.get(i % base.size()).deepCopy();
        record.put("id", "bench-" + i);
        record.remove("text");
        out.write(json.writeValueAsBytes(record));
        out.write('\n');
      }
    }
    return Files.size(file);
  }
}
